package app.alumni.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import app.alumni.common.ProblemException;
import app.alumni.common.ProblemType;
import app.alumni.event.EventEnums.Status;

/** The proposal flow of events, without a running service. */
class EventLifecycleTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-25T10:00:00Z");

    @Test
    void aProposalIsApprovedOrRejectedOnce() {
        Event approved = event(Status.PROPOSED);
        approved.approve(NOW);
        assertThat(approved.status).isEqualTo(Status.PUBLISHED);
        assertThat(approved.updatedAt).isEqualTo(NOW);
        approved.approve(NOW.plusHours(1));
        assertThat(approved.updatedAt).as("approving again changes nothing").isEqualTo(NOW);
        assertRefused(() -> approved.reject("遅すぎます", NOW), "problem.invalid-state.not-proposed");

        Event rejected = event(Status.PROPOSED);
        rejected.reject("  日程が重なっています ", NOW);
        assertThat(rejected.status).isEqualTo(Status.REJECTED);
        assertThat(rejected.statusMessage).isEqualTo("日程が重なっています");
        assertRefused(() -> rejected.approve(NOW), "problem.invalid-state.not-proposed");
        assertRefused(() -> rejected.cancel("x", NOW), "problem.invalid-state.event-closed");
    }

    @Test
    void onlyAPublishedEventIsCancelledAndCalendarsSeeItOnce() {
        Event e = event(Status.PUBLISHED);
        e.cancel("台風のため中止します", NOW);
        assertThat(e.status).isEqualTo(Status.CANCELLED);
        assertThat(e.sequence).isEqualTo(1);
        e.cancel("again", NOW);
        assertThat(e.sequence).isEqualTo(1);
        assertThat(e.statusMessage).isEqualTo("台風のため中止します");
        assertRefused(() -> event(Status.PROPOSED).cancel("x", NOW), "problem.invalid-state.event-closed");
    }

    @Test
    void listedMeansPublishedOrCancelled() {
        assertThat(Status.values()).filteredOn(Status::isListed).containsExactly(Status.PUBLISHED, Status.CANCELLED);
        assertThat(Status.listedNames()).containsExactly("PUBLISHED", "CANCELLED");
    }

    private static Event event(Status status) {
        Event e = new Event();
        e.status = status;
        return e;
    }

    private static void assertRefused(Runnable move, String detailKey) {
        assertThatThrownBy(move::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.type()).isEqualTo(ProblemType.INVALID_STATE);
            assertThat(e.detailKey()).isEqualTo(detailKey);
        });
    }
}
