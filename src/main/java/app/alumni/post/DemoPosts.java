package app.alumni.post;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import app.alumni.common.Times;
import app.alumni.member.Caller;
import app.alumni.member.DemoCast;
import app.alumni.post.PostRequests.NewPost;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;

/** Dev mode only: a few announcements and discussions, written after the demo members exist. */
@ApplicationScoped
@IfBuildProfile("dev")
class DemoPosts {

    private final PostService posts;
    private final Clock clock;

    DemoPosts(PostService posts, Clock clock) {
        this.clock = clock;
        this.posts = posts;
    }

    @Transactional
    void onStart(@Observes @Priority(3000) StartupEvent event) {
        Optional<DemoCast> cast = DemoCast.find();
        if (cast.isEmpty() || Post.count() > 0) {
            return;
        }
        Caller company = cast.get().company();
        posts.create(company, new NewPost(PostType.ANNOUNCEMENT, "アルムナイコミュニティを開設しました",
                "退職された皆さまと会社、そして皆さま同士がつながり続けるための場です。**近況の投稿**やイベントへの参加をお待ちしています。",
                List.of("お知らせ"), PostCategory.COMPANY_NEWS, Times.now(clock).plusDays(30), null));
        posts.create(company, new NewPost(PostType.ANNOUNCEMENT, "副業制度と出戻り採用の改定について",
                "2026年度より副業が解禁され、再入社(アルムナイ採用)の選考も簡略化しました。詳細は求人ページをご覧ください。",
                List.of("制度", "採用"), PostCategory.CULTURE_AND_POLICIES, null, null));
        posts.create(cast.get().tanaka(), new NewPost(PostType.DISCUSSION, null,
                "大阪のスタートアップでデータ基盤を担当しています。関西にいるアルムナイの方、勉強会をしませんか?",
                List.of("近況", "大阪", "勉強会"), null, null, null));
        posts.create(cast.get().emily(), new NewPost(PostType.DISCUSSION, "Hello from Singapore",
                "I moved to Singapore last year and would love to meet alumni in the region. Coffee, anyone?",
                List.of("networking", "singapore"), null, null, null));
    }
}
