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
import app.alumni.member.Actor;

/** The application pipeline and the listing life cycle, without a running service. */
class ApplicationLifecycleTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-25T10:00:00Z");
    private static final UUID REVIEWER_ID = UUID.randomUUID();
    private static final Actor REVIEWER = new Actor(Actor.ActorKind.MEMBER, REVIEWER_ID);

    @Test
    void reviewersMoveAlongThePipelineAndEachMoveIsHistory() {
        JobApplication a = application(ApplicationStatus.SUBMITTED);
        ApplicationChange change = a.moveTo(ApplicationStatus.SCREENING, REVIEWER, true, NOW);
        assertThat(a.status).isEqualTo(ApplicationStatus.SCREENING);
        assertThat(a.updatedAt).isEqualTo(NOW);
        assertThat(change.applicationId).isEqualTo(a.id);
        assertThat(change.actorId).isEqualTo(REVIEWER_ID);
        assertThat(change.actorClient).isNull();
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
        assertThatThrownBy(() -> a.moveTo(ApplicationStatus.OFFER, member(a.applicantId), false, NOW)).satisfies(e -> refused(e,
                ProblemType.FORBIDDEN));
        a.moveTo(ApplicationStatus.WITHDRAWN, member(a.applicantId), false, NOW);
        assertThat(a.status).isEqualTo(ApplicationStatus.WITHDRAWN);
        JobApplication hired = application(ApplicationStatus.HIRED);
        assertThatThrownBy(() -> hired.moveTo(ApplicationStatus.WITHDRAWN, member(hired.applicantId), false, NOW))
                .satisfies(e -> refused(e, ProblemType.INVALID_STATE));
    }

    @Test
    void aClientsMoveIsAttributedToTheClientAndIsNeverTheApplicants() {
        JobApplication a = application(ApplicationStatus.SUBMITTED);
        UUID client = UUID.randomUUID();
        ApplicationChange change = a.moveTo(ApplicationStatus.SCREENING, new Actor(Actor.ActorKind.API_CLIENT, client), true, NOW);
        assertThat(change.actorId).isNull();
        assertThat(change.actorClient).isEqualTo(client);
        // Not even a client whose id happened to be the applicant's withdraws for them.
        assertThatThrownBy(() -> a.moveTo(ApplicationStatus.WITHDRAWN, new Actor(Actor.ActorKind.API_CLIENT, a.applicantId), false, NOW))
                .satisfies(e -> refused(e, ProblemType.INVALID_STATE));
    }

    private static Actor member(UUID id) {
        return new Actor(Actor.ActorKind.MEMBER, id);
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
