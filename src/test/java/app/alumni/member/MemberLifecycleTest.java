package app.alumni.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.alumni.common.ProblemException;
import app.alumni.common.ProblemType;

/** An account's life: verification by HR, suspension and reactivation, without a running service. */
class MemberLifecycleTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-25T10:00:00Z");
    private static final UUID HR_ID = UUID.randomUUID();
    private static final Actor HR = new Actor(Actor.ActorKind.MEMBER, HR_ID);

    @Test
    void approvalGivesTheRoleOfTheAffiliationOnce() {
        Member m = member(MemberStatus.PENDING);
        assertThat(m.approve(HR, NOW)).isTrue();
        assertThat(m.status).isEqualTo(MemberStatus.ACTIVE);
        assertThat(m.roleSet()).containsExactly(Role.ALUMNUS);
        assertThat(m.reviewedBy).isEqualTo(HR_ID);
        assertThat(m.reviewedByClient).isNull();
        assertThat(m.reviewedAt).isEqualTo(NOW);
        assertThat(m.approve(HR, NOW.plusDays(1))).isFalse();
        assertThat(m.reviewedAt).isEqualTo(NOW);
        assertRefused(() -> m.reject(HR, "x", NOW), "problem.invalid-state.reject");
    }

    @Test
    void aClientsDecisionIsAttributedToTheClient() {
        Member m = member(MemberStatus.PENDING);
        UUID client = UUID.randomUUID();
        assertThat(m.approve(new Actor(Actor.ActorKind.API_CLIENT, client), NOW)).isTrue();
        assertThat(m.reviewedBy).isNull();
        assertThat(m.reviewedByClient).isEqualTo(client);
        assertThat(Actor.of(m.reviewedBy, m.reviewedByClient)).isEqualTo(new Actor(Actor.ActorKind.API_CLIENT, client));
    }

    @Test
    void rejectionKeepsTheReasonAndIsFinal() {
        Member m = member(MemberStatus.PENDING);
        assertThat(m.reject(HR, "  在籍記録が見つかりません ", NOW)).isTrue();
        assertThat(m.status).isEqualTo(MemberStatus.REJECTED);
        assertThat(m.rejectionReason).isEqualTo("在籍記録が見つかりません");
        assertThat(m.reject(HR, "again", NOW)).isFalse();
        assertRefused(() -> m.approve(HR, NOW), "problem.invalid-state.approve");
        assertRefused(() -> m.suspendOrReactivate(MemberStatus.ACTIVE, NOW), "problem.invalid-state.status");
    }

    @Test
    void onlyActiveMembersAreSuspendedAndOnlySuspendedOnesReactivated() {
        Member m = member(MemberStatus.ACTIVE);
        assertThat(m.suspendOrReactivate(MemberStatus.SUSPENDED, NOW)).isTrue();
        assertThat(m.suspendOrReactivate(MemberStatus.SUSPENDED, NOW)).isFalse();
        assertThat(m.suspendOrReactivate(MemberStatus.ACTIVE, NOW)).isTrue();
        assertThat(m.updatedAt).isEqualTo(NOW);
        // Verification is HR's approval, never a status patch.
        assertRefused(() -> member(MemberStatus.PENDING).suspendOrReactivate(MemberStatus.ACTIVE, NOW), "problem.invalid-state.status");
        assertRefused(() -> member(MemberStatus.PENDING).suspendOrReactivate(MemberStatus.SUSPENDED, NOW), "problem.invalid-state.status");
    }

    private static Member member(MemberStatus status) {
        Member m = new Member();
        m.id = UUID.randomUUID();
        m.status = status;
        m.affiliation = Affiliation.ALUMNUS;
        return m;
    }

    private static void assertRefused(Runnable move, String detailKey) {
        assertThatThrownBy(move::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.type()).isEqualTo(ProblemType.INVALID_STATE);
            assertThat(e.detailKey()).isEqualTo(detailKey);
        });
    }
}
