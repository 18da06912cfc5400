package app.alumni.notification;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A mail in the outbox as HR sees it: never its content or parameters (they may hold a link's secret). */
@Schema(name = "OutboxMessage", description = "A mail in the outbox: what it is, to whom, and how its delivery went.")
record OutboxView(
        @Schema(format = "uuid", maxLength = 36) UUID id,
        @Schema(description = "The mail's template.", maxLength = 40, example = "reset-password") String template,
        @Schema(format = "email", maxLength = 254, example = "hanako.yamada@example.jp") String recipient,
        @Schema(maxLength = 2, enumeration = { "ja", "en" }, example = "ja") String language,
        OutboxMessage.Status status,
        @Schema(description = "Attempts made so far.", minimum = "0", maximum = "1000", example = "3") int attempts,
        @Schema(description = "What the last failed attempt reported (the SMTP server's reply, a refused connection).",
                nullable = true, maxLength = 500, example = "Connection refused: localhost/127.0.0.1:25") String lastError,
        @Schema(format = "date-time", maxLength = 35, example = "2026-11-25T09:30:00Z") OffsetDateTime createdAt,
        @Schema(description = "When the next attempt is due (pending messages only).", format = "date-time", maxLength = 35,
                nullable = true, example = "2026-11-25T09:31:00Z") OffsetDateTime nextAttemptAt,
        @Schema(format = "date-time", maxLength = 35, nullable = true, example = "2026-11-25T09:30:02Z") OffsetDateTime sentAt) {

    static OutboxView of(OutboxMessage m) {
        return new OutboxView(m.id, m.template, m.recipient, m.language, m.status, m.attempts, m.lastError,
                m.createdAt, m.status == OutboxMessage.Status.PENDING ? m.nextAttemptAt : null, m.sentAt);
    }
}
