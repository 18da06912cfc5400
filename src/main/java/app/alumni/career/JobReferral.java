package app.alumni.career;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.alumni.common.ProblemException;
import app.alumni.common.ProblemType;
import app.alumni.common.VersionedEntity;

/** A candidate an alumnus recommends for an open job, with the candidate's consent to be contacted. */
@Entity
class JobReferral extends VersionedEntity {

    /** SUBMITTED → CONTACTED → INTERVIEWING → HIRED; NOT_HIRED from any open state. */
    @Schema(name = "ReferralStatus")
    enum Status {
        SUBMITTED,
        CONTACTED,
        INTERVIEWING,
        HIRED,
        NOT_HIRED;

        boolean canBecome(Status next) {
            return switch (this) {
                case SUBMITTED -> next == CONTACTED || next == NOT_HIRED;
                case CONTACTED -> next == INTERVIEWING || next == NOT_HIRED;
                case INTERVIEWING -> next == HIRED || next == NOT_HIRED;
                case HIRED, NOT_HIRED -> false;
            };
        }
    }

    UUID listingId;
    UUID referrerId;
    String candidateName;
    String candidateEmail;
    String relationship;
    String note;
    OffsetDateTime consentedAt;
    @Enumerated(EnumType.STRING)
    Status status;
    String hrNote;
    OffsetDateTime updatedAt;

    void moveTo(Status next) {
        if (next != status && !status.canBecome(next)) {
            throw ProblemException.of(ProblemType.INVALID_STATE, "problem.invalid-state.referral", status.name(), next.name());
        }
        status = next;
    }
}
