package app.alumni.moderation;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.alumni.common.VersionedEntity;

/** A member's report of a post, comment or message; a partial unique index allows one open report per member per item. */
@Entity
public class ContentReport extends VersionedEntity {

    @Schema(name = "ReportTargetType", description = "What a report is about.")
    public enum TargetType {
        POST,
        COMMENT,
        MESSAGE
    }

    @Schema(name = "ReportStatus", description = "OPEN until a moderator resolves it.")
    public enum Status {
        OPEN,
        RESOLVED
    }

    @Schema(name = "ReportAction", description = "HIDE the reported item, or DISMISS the report.")
    public enum Action {
        HIDE,
        DISMISS
    }

    @Enumerated(EnumType.STRING)
    TargetType targetType;
    UUID targetId;
    UUID reporterId;
    String reason;
    @Enumerated(EnumType.STRING)
    Status status;
    @Enumerated(EnumType.STRING)
    Action action;
    OffsetDateTime resolvedAt;
    UUID resolvedBy;
    /** The group the item belongs to: its admins moderate it too. */
    UUID groupId;
}
