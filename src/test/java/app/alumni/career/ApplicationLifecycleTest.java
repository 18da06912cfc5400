package app.alumni.career;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.alumni.career.CareerEnums.ApplicationStatus;
import app.alumni.career.CareerEnums.ListingStatus;
import app.alumni.common.ProblemException;
import app.alumni.common.ProblemType;

/** The application pipeline and the listing life cycle, without a running service. */
class ApplicationLifecycleTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-25T10:00:00Z");
    private static final UUID REVIEWER = UUID.randomUUID();

    @Test
    void reviewersMoveAlongThePipelineAndEachMoveIsHistory() {
        JobApplication a = application(ApplicationStatus.SUBMITTED);
        ApplicationChange change = a.moveTo(ApplicationStatus.SCREENING, REVIEWER, true, NOW);
        assertThat(a.status).isEqualTo(ApplicationStatus.SCREENING);
        assertThat(a.updatedAt).isEqualTo(NOW);
        assertThat(change.applicationId).isEqualTo(a.id);
        assertThat(change.actorId).isEqualTo(REVIEWER);
        assertThat(change.fromStatus).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(change.toStatus).isEqualTo(ApplicationStatus.SCREENING);
        assertThat(change.changedAt).isEqualTo(NOW);
        // No skipping a step, no way back.
        assertThatThrownBy(() -> a.moveTo(ApplicationStatus.HIRED, REVIEWER, true, NOW)).satisfies(e -> refused(e,
                ProblemType.INVALID_STATE));
        assertThatThrownBy(() -> a.moveTo(ApplicationStatus.SUBMITTED, REVIEWER, true, NOW)).satisfies(e -> refused(e,
                ProblemType.INVALID_STATE));
        a.moveTo(ApplicationStatus.REJECTED, REVIEWER, true, NOW);
        assertThat(a.status).isEqualTo(ApplicationStatus.REJECTED);
    }

    @Test
    void applicantsMayOnlyWithdrawWhileOpen() {
        JobApplication a = application(ApplicationStatus.INTERVIEW);
        assertThatThrownBy(() -> a.moveTo(ApplicationStatus.OFFER, a.applicantId, false, NOW)).satisfies(e -> refused(e,
                ProblemType.FORBIDDEN));
        a.moveTo(ApplicationStatus.WITHDRAWN, a.applicantId, false, NOW);
        assertThat(a.status).isEqualTo(ApplicationStatus.WITHDRAWN);
        JobApplication hired = application(ApplicationStatus.HIRED);
        assertThatThrownBy(() -> hired.moveTo(ApplicationStatus.WITHDRAWN, hired.applicantId, false, NOW))
                .satisfies(e -> refused(e, ProblemType.INVALID_STATE));
    }

    @Test
    void listingsGoFromDraftToOpenToClosedAndCloseByThemselves() {
        JobListing l = new JobListing();
        l.status = ListingStatus.DRAFT;
        l.moveTo(ListingStatus.OPEN);
        assertThatThrownBy(() -> l.moveTo(ListingStatus.DRAFT)).satisfies(e -> refused(e, ProblemType.INVALID_STATE));
        l.closesAt = NOW;
        assertThat(l.effectiveStatus(NOW.minusSeconds(1))).isEqualTo(ListingStatus.OPEN);
        assertThat(l.effectiveStatus(NOW)).isEqualTo(ListingStatus.CLOSED);
        l.moveTo(ListingStatus.CLOSED);
        assertThatThrownBy(() -> l.moveTo(ListingStatus.OPEN)).satisfies(e -> refused(e, ProblemType.INVALID_STATE));
        JobListing dropped = new JobListing();
        dropped.status = ListingStatus.DRAFT;
        dropped.moveTo(ListingStatus.CLOSED);
        assertThat(dropped.status).isEqualTo(ListingStatus.CLOSED);
    }

    private static JobApplication application(ApplicationStatus status) {
        JobApplication a = new JobApplication();
        a.id = UUID.randomUUID();
        a.applicantId = UUID.randomUUID();
        a.status = status;
        return a;
    }

    private static void refused(Throwable e, ProblemType type) {
        assertThat(e).isInstanceOf(ProblemException.class);
        assertThat(((ProblemException) e).type()).isEqualTo(type);
    }
}
