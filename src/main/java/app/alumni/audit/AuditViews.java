package app.alumni.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.alumni.member.Actor;

/** The bodies of the audit log and the access log. */
final class AuditViews {

    private AuditViews() {
    }

    @Schema(name = "AuditOutcome", description = "`SUCCEEDED` (2xx), `REFUSED` (4xx: not allowed, invalid, not found) or `FAILED` (5xx).")
    enum AuditOutcome {
        SUCCEEDED,
        REFUSED,
        FAILED
    }

    @Schema(name = "AuditActor", description = "Who acted: a member in a role (HR_ADMIN, MODERATOR, MEMBER) or an API client.")
    record AuditActor(
            @Schema(required = true) Actor.ActorKind kind,
            @Schema(format = "uuid", maxLength = 36, required = true) UUID id,
            @Schema(maxLength = 16, required = true, example = "HR_ADMIN") String role,
            @Schema(maxLength = 100, nullable = true, description = "The member's display name, or the client's name when it acted.",
                    example = "人事 太郎")
            String name) {
    }

    @Schema(name = "AuditEntry", description = "One line of HR's audit log (append-only).")
    record AuditEntryView(
            @Schema(format = "uuid", maxLength = 36, required = true) UUID id,
            @Schema(format = "date-time", maxLength = 35, required = true) OffsetDateTime at,
            @Schema(required = true) AuditActor actor,
            @Schema(maxLength = 64, required = true, example = "registration.approve") String action,
            @Schema(maxLength = 32, required = true, example = "member") String targetType,
            @Schema(maxLength = 64, nullable = true, example = "0b0f5c9e-7a55-4c1e-9a51-3f7f3b0c8e21") String targetId,
            @Schema(description = "The members whose personal data the request carried.", maxItems = 1000, required = true)
            List<UUID> subjectIds,
            @Schema(maxLength = 100, nullable = true) String requestId,
            @Schema(maxLength = 64, nullable = true, example = "203.0.113.7") String clientAddress,
            @Schema(required = true) AuditOutcome outcome,
            @Schema(minimum = "100", maximum = "599", required = true, example = "200") int status) {
    }

    @Schema(name = "AccessLogEntry", description = "When HR staff or one of HR's systems read my personal data: by role or system "
            + "name, never by the staff member's name.")
    record AccessLogEntry(
            @Schema(format = "date-time", maxLength = 35, required = true) OffsetDateTime at,
            @Schema(maxLength = 16, required = true, example = "HR_ADMIN", description = "`HR_ADMIN`, `MODERATOR` or `API_CLIENT`.")
            String role,
            @Schema(maxLength = 100, nullable = true, description = "The system's name, when an API client read it.", example = "人事DB連携")
            String clientName,
            @Schema(maxLength = 64, required = true, example = "talent-pool.read") String action,
            @Schema(maxLength = 32, required = true, example = "talent-pool") String targetType) {
    }
}
