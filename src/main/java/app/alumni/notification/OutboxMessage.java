package app.alumni.notification;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import app.alumni.common.SkipLocked;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A mail to send, kept with the change that caused it (same transaction) until it is delivered or given up. It is
 * rendered only when it is sent, from its template, language and parameters; its parameters (which may hold a link's
 * secret) are cleared once it is sent.
 */
@Entity
@Table(name = "mail_outbox")
class OutboxMessage extends PanacheEntityBase {

    @Schema(name = "OutboxStatus", description = "`PENDING` until sent (retried on a schedule while sending fails), `SENT`, or "
            + "`FAILED` once every retry failed.")
    enum Status {
        PENDING,
        SENT,
        FAILED
    }

    private static final int ERROR_LENGTH = 500;

    @Id
    UUID id;
    String template;
    UUID memberId;
    String recipient;
    String language;
    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> params = new HashMap<>();
    @Enumerated(EnumType.STRING)
    Status status;
    int attempts;
    OffsetDateTime nextAttemptAt;
    String lastError;
    OffsetDateTime createdAt;
    OffsetDateTime sentAt;

    static OutboxMessage enqueue(String template, UUID memberId, String recipient, String language, Map<String, String> params,
            OffsetDateTime now) {
        OutboxMessage m = new OutboxMessage();
        m.id = UUID.randomUUID();
        m.template = template;
        m.memberId = memberId;
        m.recipient = recipient;
        m.language = language;
        m.params = new HashMap<>(params);
        m.status = Status.PENDING;
        m.nextAttemptAt = now;
        m.createdAt = now;
        m.persist();
        return m;
    }

    /**
     * Removes the mails of erased accounts that an erasure found in the middle of being sent (it skips rows a worker
     * holds rather than wait for an SMTP server); those held right now wait for the next poll.
     */
    static void removeErased() {
        getEntityManager().createNativeQuery("""
                delete from mail_outbox where id in (select o.id from mail_outbox o join member m on m.id = o.member_id
                  where m.status = 'DELETED' for update of o skip locked)""").executeUpdate();
    }

    /**
     * Locks up to {@code max} due messages for the caller's transaction, skipping those another worker (on this or
     * another instance) holds: each message is in one worker's hands at a time.
     */
    static List<OutboxMessage> claimDue(OffsetDateTime now, int max) {
        return SkipLocked.claim(OutboxMessage.<OutboxMessage>find("status = ?1 and nextAttemptAt <= ?2 order by nextAttemptAt, id",
                Status.PENDING, now)
                .page(0, max)).list();
    }

    void delivered(OffsetDateTime now) {
        attempts++;
        status = Status.SENT;
        sentAt = now;
        lastError = null;
        params = new HashMap<>();
    }

    /** A failed attempt: the next one after the schedule's wait for this attempt, or FAILED when none is left. */
    void attemptFailed(String error, List<Duration> retrySchedule, OffsetDateTime now) {
        attempts++;
        lastError = error == null ? "unknown error" : error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error;
        if (attempts > retrySchedule.size()) {
            status = Status.FAILED;
        } else {
            nextAttemptAt = now.plus(retrySchedule.get(attempts - 1));
        }
    }

    /** HR sends a failed message again, from a fresh schedule. */
    void retry(OffsetDateTime now) {
        status = Status.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }
}
