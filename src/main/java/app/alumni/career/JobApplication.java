package app.alumni.career;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import app.alumni.career.CareerEnums.ApplicationStatus;
import app.alumni.common.ProblemException;
import app.alumni.common.ProblemType;
import app.alumni.common.VersionedEntity;
import app.alumni.member.Actor;

@Entity
public class JobApplication extends VersionedEntity {

    public UUID listingId;
    public UUID applicantId;
    public String message;
    public String resumeUrl;
    public OffsetDateTime consentAt;
    @Enumerated(EnumType.STRING)
    public ApplicationStatus status;
    public String hrNote;
    public OffsetDateTime updatedAt;

    /**
     * Moves the application to {@code to}: a reviewer (HR, or a collaboration's poster) along the pipeline, the
     * applicant only to WITHDRAWN while it is open. Returns the history entry of the move, not yet persisted. A move
     * the caller may never make is 403; one the pipeline does not allow from here is 409.
     */
    ApplicationChange moveTo(ApplicationStatus to, Actor actor, boolean reviewer, OffsetDateTime now) {
        boolean applicant = applicantId != null && applicantId.equals(actor.memberId());
        boolean reviewerMove = reviewer && status.reviewerTargets().contains(to);
        boolean withdrawal = applicant && to == ApplicationStatus.WITHDRAWN && status.isOpen();
        if (!reviewerMove && !withdrawal && !reviewer && to != ApplicationStatus.WITHDRAWN) {
            throw ProblemException.of(ProblemType.FORBIDDEN, "problem.forbidden.applicant-status");
        }
        if (!reviewerMove && !withdrawal) {
            throw ProblemException.of(ProblemType.INVALID_STATE, "problem.invalid-state.transition", status.name(), to.name());
        }
        ApplicationChange change = ApplicationChange.of(id, actor, status, to, now);
        status = to;
        updatedAt = now;
        return change;
    }
}
