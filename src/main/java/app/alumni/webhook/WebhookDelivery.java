package app.alumni.webhook;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One event for one endpoint: tried until the receiver answers 2xx, on the retry schedule, then FAILED. */
@Entity
class WebhookDelivery extends PanacheEntityBase {

    static final int ERROR_LENGTH = 300;

    @Schema(name = "WebhookDeliveryStatus", description = "`PENDING` while it is tried (and retried), `SUCCEEDED` once the receiver "
            + "answered 2xx, `FAILED` when every retry failed.")
    enum Status {
        PENDING,
        SUCCEEDED,
        FAILED
    }

    @Id
    UUID id;
    UUID endpointId;
    UUID eventId;
    @Enumerated(EnumType.STRING)
    Status status;
    int attempts;
    OffsetDateTime nextAttemptAt;
    OffsetDateTime leasedUntil;
    OffsetDateTime lastAttemptAt;
    Integer lastStatusCode;
    Integer lastDurationMs;
    String lastError;
    OffsetDateTime createdAt;
    OffsetDateTime deliveredAt;

    /** One attempt's outcome: 2xx is success; otherwise the next attempt after the schedule's wait, or FAILED. */
    void attempted(Integer statusCode, long durationMs, String error, List<Duration> retrySchedule, OffsetDateTime now) {
        attempts++;
        leasedUntil = null;
        lastAttemptAt = now;
        lastStatusCode = statusCode;
        lastDurationMs = (int) Math.min(Integer.MAX_VALUE, durationMs);
        if (statusCode != null && statusCode >= 200 && statusCode < 300) {
            status = Status.SUCCEEDED;
            deliveredAt = now;
            nextAttemptAt = null;
            lastError = null;
            return;
        }
        String why = error != null ? error : "HTTP " + statusCode;
        lastError = why.length() > ERROR_LENGTH ? why.substring(0, ERROR_LENGTH) : why;
        if (attempts > retrySchedule.size()) {
            status = Status.FAILED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = now.plus(retrySchedule.get(attempts - 1));
        }
    }

    /** HR asks for it again: at once, with the whole schedule ahead. */
    void redeliver(OffsetDateTime now) {
        status = Status.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        leasedUntil = null;
    }
}
