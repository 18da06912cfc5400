package app.alumni.webhook;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.alumni.common.Times;
import app.alumni.member.IntegrationEvent;

/**
 * Records what happened for the subscribed endpoints, in the transaction of the change: the event once, with its
 * body as it will be signed and sent, and a delivery per endpoint. Nothing is recorded when nobody subscribes.
 */
@ApplicationScoped
class WebhookRecorder {

    /** Wakes the sender once the transaction that recorded deliveries commits. */
    record DeliveriesRecorded() {
    }

    private final WebhookQueries queries;
    private final ObjectMapper json;
    private final Event<DeliveriesRecorded> recorded;
    private final Clock clock;

    WebhookRecorder(WebhookQueries queries, ObjectMapper json, Event<DeliveriesRecorded> recorded, Clock clock) {
        this.queries = queries;
        this.json = json;
        this.recorded = recorded;
        this.clock = clock;
    }

    void on(@Observes IntegrationEvent happened) {
        record(happened.type(), happened.data(), null);
    }

    /** Records an event for every subscribed endpoint, or for {@code onlyEndpoint}; returns the event id, or null. */
    UUID record(String type, Map<String, Object> data, UUID onlyEndpoint) {
        if (onlyEndpoint == null && !queries.subscribed(type)) {
            return null;
        }
        OffsetDateTime now = Times.now(clock);
        WebhookEvent event = new WebhookEvent();
        event.id = UUID.randomUUID();
        event.type = type;
        event.occurredAt = now;
        event.body = body(event, data);
        event.persistAndFlush();
        if (queries.deliver(event.id, type, onlyEndpoint, now) > 0) {
            recorded();
        }
        return event.id;
    }

    /** Deliveries became due in this transaction: the sender looks once it commits. */
    void recorded() {
        recorded.fire(new DeliveriesRecorded());
    }

    private String body(WebhookEvent event, Map<String, Object> data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", event.id.toString());
        body.put("type", event.type);
        body.put("occurredAt", event.occurredAt.toInstant().toString());
        body.put("data", data);
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
