package app.alumni.career;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import app.alumni.career.CareerEnums.EmploymentType;
import app.alumni.career.CareerEnums.Kind;
import app.alumni.career.CareerEnums.WorkStyle;
import app.alumni.career.CareerRequests.ListingInput;
import app.alumni.career.CareerRequests.SalaryRange;
import app.alumni.common.Times;
import app.alumni.member.DemoCast;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;

/** Dev mode only: a job and a collaboration opportunity. */
@ApplicationScoped
@IfBuildProfile("dev")
class DemoListings {

    private final ListingService listings;
    private final Clock clock;

    DemoListings(ListingService listings, Clock clock) {
        this.clock = clock;
        this.listings = listings;
    }

    @Transactional
    void onStart(@Observes @Priority(3000) StartupEvent event) {
        Optional<DemoCast> cast = DemoCast.find();
        if (cast.isEmpty() || JobListing.count() > 0) {
            return;
        }
        listings.create(cast.get().company(), new ListingInput(Kind.JOB, "バックエンドエンジニア(アルムナイ歓迎)",
                "決済基盤の開発をお任せします。以前の経験を活かして戻ってきませんか?", "開発本部", "東京都", EmploymentType.FULL_TIME,
                WorkStyle.HYBRID, new SalaryRange(6000000, 9000000, "JPY"), null, null, List.of("Java", "Kubernetes"),
                Times.now(clock).plusDays(60), null));
        listings.create(cast.get().tanaka(), new ListingInput(Kind.COLLABORATION, "データ分析の共同プロジェクト",
                "小売業向けの需要予測で協業できるパートナーを探しています。", null, "大阪府", null, WorkStyle.REMOTE, null,
                "株式会社なにわデータ", "まずはメッセージでご連絡ください", List.of("データ分析", "Python"), null, null));
    }
}
