package app.alumni.survey;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.alumni.common.ProblemException;
import app.alumni.common.ProblemType;
import app.alumni.common.Publication;
import app.alumni.common.VersionedEntity;

/** A questionnaire for an audience, open between two times. */
@Entity
public class Survey extends VersionedEntity {

    @Schema(name = "SurveyAudience", description = "Who a survey is for.")
    public enum Audience {
        ALL,
        ALUMNI,
        EMPLOYEES
    }

    /** DRAFT → OPEN → CLOSED; an open survey is also closed once {@code closesAt} has passed. */
    @Schema(name = "SurveyStatus", description = "DRAFT → OPEN → CLOSED; an open survey closes by itself at closesAt.")
    public enum Status implements Publication {
        DRAFT,
        OPEN,
        CLOSED
    }

    public String title;
    public String description;
    public boolean anonymous;
    @Enumerated(EnumType.STRING)
    public Audience audience;
    public OffsetDateTime opensAt;
    public OffsetDateTime closesAt;
    /** When HR's systems were told that it closed by itself at {@code closesAt}. */
    public OffsetDateTime closingAnnouncedAt;
    @Enumerated(EnumType.STRING)
    public Status status;
    public UUID createdBy;
    public OffsetDateTime updatedAt;

    /** CLOSED also when an open survey's closing time has passed. */
    Status effectiveStatus(OffsetDateTime now) {
        return Publication.asOf(status, closesAt, now);
    }

    /** Moves to {@code next} where the life cycle allows it; 409 otherwise. */
    void moveTo(Status next) {
        if (next != status && !status.canBecome(next)) {
            throw ProblemException.of(ProblemType.INVALID_STATE, "problem.invalid-state.survey-status", status.name(), next.name());
        }
        status = next;
    }

    /** Open, and within its window at {@code now}. */
    boolean accepting(OffsetDateTime now) {
        return status == Status.OPEN && !opensAt.isAfter(now) && closesAt.isAfter(now);
    }
}
