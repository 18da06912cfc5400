package app.alumni.group;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import app.alumni.group.GroupEnums.Kind;
import app.alumni.group.GroupEnums.Visibility;
import app.alumni.group.GroupViews.GroupInput;
import app.alumni.member.DemoCast;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;

/** Dev mode only: HR's open and closed groups with a member in each, and a member's proposal waiting for HR. */
@ApplicationScoped
@IfBuildProfile("dev")
class DemoGroups {

    private final GroupService groups;
    private final GroupMembers members;

    DemoGroups(GroupService groups, GroupMembers members) {
        this.groups = groups;
        this.members = members;
    }

    @Transactional
    void onStart(@Observes @Priority(3500) StartupEvent event) {
        Optional<DemoCast> cast = DemoCast.find();
        if (cast.isEmpty() || CommunityGroup.count() > 0) {
            return;
        }
        CommunityGroup kansai = groups.create(cast.get().company(), new GroupInput("関西アルムナイ会",
                "大阪・京都・神戸あたりに住むアルムナイの集まりです。勉強会や飲み会を企画します。", Kind.REGION, Visibility.OPEN));
        members.join(kansai.id, cast.get().tanaka().id());
        CommunityGroup department = groups.create(cast.get().company(), new GroupInput("開発本部OB・OG会",
                "開発本部の出身者だけのグループです。参加は管理者の承認制です。", Kind.DEPARTMENT, Visibility.CLOSED));
        members.join(department.id, cast.get().tanaka().id());
        members.accept(department.id, cast.get().tanaka().id(), cast.get().company());
        groups.create(cast.get().emily(), new GroupInput("Alumni in Singapore", "Alumni living in or visiting Singapore.",
                Kind.REGION, Visibility.OPEN));
    }
}
