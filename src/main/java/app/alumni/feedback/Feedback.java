package app.alumni.feedback;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.alumni.common.VersionedEntity;
import app.alumni.member.Notice;

/** An idea, request or problem a member leaves for the company, and HR's public reply. */
@Entity
public class Feedback extends VersionedEntity {

    @Schema(name = "FeedbackCategory", description = "What kind of feedback.")
    public enum Category {
        IDEA,
        REQUEST,
        PROBLEM,
        OTHER
    }

    /** NEW → UNDER_REVIEW → PLANNED / DONE / DECLINED (PLANNED may still become DONE). */
    @Schema(name = "FeedbackStatus", description = "NEW → UNDER_REVIEW → PLANNED / DONE / DECLINED.")
    public enum Status {
        NEW,
        UNDER_REVIEW,
        PLANNED,
        DONE,
        DECLINED;

        Set<Status> next() {
            return switch (this) {
                case NEW -> EnumSet.of(UNDER_REVIEW, PLANNED, DONE, DECLINED);
                case UNDER_REVIEW -> EnumSet.of(PLANNED, DONE, DECLINED);
                case PLANNED -> EnumSet.of(DONE, DECLINED);
                default -> EnumSet.noneOf(Status.class);
            };
        }
    }

    public UUID authorId;
    @Enumerated(EnumType.STRING)
    public Category category;
    public String message;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String reply;
    public UUID repliedBy;
    public OffsetDateTime updatedAt;

    /** What a notification calls the feedback: its first words. */
    Notice.Subject asSubject() {
        return new Notice.Subject(Notice.SubjectKind.FEEDBACK, id, Notice.firstWords(message));
    }
}
