package app.alumni.webhook;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import app.alumni.common.Cursor;
import app.alumni.common.ETags;
import app.alumni.common.Keyset;
import app.alumni.common.MergePatch;
import app.alumni.common.Page;
import app.alumni.common.ProblemException;
import app.alumni.common.ProblemType;
import app.alumni.common.ReadOnly;
import app.alumni.common.Times;
import app.alumni.common.Violation;
import app.alumni.member.Actor;
import app.alumni.member.Caller;
import app.alumni.member.IntegrationEvent;
import app.alumni.webhook.WebhookViews.DeliveryView;
import app.alumni.webhook.WebhookViews.WebhookInput;
import app.alumni.webhook.WebhookViews.WebhookView;
import app.alumni.webhook.WebhookViews.WebhookWithSecret;

/** HR's webhook endpoints: subscribed, listed, edited, deleted, their secrets rotated; pings and redeliveries. */
@ApplicationScoped
class Webhooks {

    /** Endpoints at most, so that one event never fans out without bound. */
    static final int MAX_ENDPOINTS = 50;

    private final TargetGuard guard;
    private final MergePatch mergePatch;
    private final WebhookRecorder recorder;
    private final WebhookConfig config;
    private final Clock clock;

    Webhooks(TargetGuard guard, MergePatch mergePatch, WebhookRecorder recorder, WebhookConfig config, Clock clock) {
        this.guard = guard;
        this.mergePatch = mergePatch;
        this.recorder = recorder;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    WebhookWithSecret create(Caller caller, WebhookInput input) {
        check(caller, input);
        if (WebhookEndpoint.count() >= MAX_ENDPOINTS) {
            throw ProblemException.of(ProblemType.INVALID_STATE, "problem.invalid-state.webhook-limit", MAX_ENDPOINTS);
        }
        WebhookEndpoint e = new WebhookEndpoint();
        apply(e, input);
        e.secret = Signatures.newSecret();
        Actor creator = Actor.of(caller);
        e.createdBy = creator.memberId();
        e.createdByClient = creator.clientId();
        e.createdAt = Times.now(clock);
        e.updatedAt = e.createdAt;
        e.persistAndFlush();
        return new WebhookWithSecret(e.secret, WebhookView.of(e));
    }

    @Transactional
    Page<WebhookView> list(int limit, String cursor) {
        ReadOnly.reads(WebhookEndpoint.getEntityManager());
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        Keyset.after(cursor, "createdAt", "id", false, where, params);
        List<WebhookEndpoint> rows = WebhookEndpoint.<WebhookEndpoint>find(where + " order by createdAt, id", params).page(0, limit + 1)
                .list();
        return Page.of(rows, limit, WebhookView::of, e -> Cursor.encode(e.createdAt, e.id));
    }

    @Transactional
    WebhookEndpoint get(UUID id) {
        return WebhookEndpoint.<WebhookEndpoint>findByIdOptional(id).orElseThrow(ProblemException::notFound);
    }

    @Transactional
    WebhookEndpoint edit(Caller caller, UUID id, JsonNode patch, String ifMatch) {
        WebhookEndpoint e = lock(id);
        ETags.check(ifMatch, e.version);
        WebhookInput input = mergePatch.apply(inputOf(e), patch, WebhookInput.class);
        check(caller, input);
        boolean reactivated = !e.active && input.active();
        apply(e, input);
        if (reactivated) {
            e.disabledAt = null;
            e.disabledReason = null;
        }
        e.updatedAt = Times.now(clock);
        WebhookEndpoint.flush();
        return e;
    }

    @Transactional
    void delete(UUID id) {
        WebhookEndpoint e = lock(id);
        e.delete();
    }

    /** A new secret; the old one keeps signing (a second signature) for the overlap, so receivers can switch without a gap. */
    @Transactional
    WebhookWithSecret rotate(UUID id) {
        WebhookEndpoint e = lock(id);
        OffsetDateTime now = Times.now(clock);
        String secret = e.rotate(now.plus(config.rotationOverlap()));
        e.updatedAt = now;
        WebhookEndpoint.flush();
        return new WebhookWithSecret(secret, WebhookView.of(e));
    }

    /** A {@code webhook.ping} event for this endpoint alone (sent even while it is inactive); returns its delivery. */
    @Transactional
    DeliveryView ping(UUID id) {
        WebhookEndpoint e = lock(id);
        UUID event = recorder.record(IntegrationEvent.WEBHOOK_PING, Map.of("webhookId", e.id.toString()), e.id);
        WebhookDelivery d = WebhookDelivery.find("endpointId = ?1 and eventId = ?2", e.id, event).firstResult();
        return DeliveryView.of(d, IntegrationEvent.WEBHOOK_PING);
    }

    @Transactional
    Page<DeliveryView> deliveries(UUID id, WebhookDelivery.Status status, int limit, String cursor) {
        ReadOnly.reads(WebhookEndpoint.getEntityManager());
        get(id);
        StringBuilder where = new StringBuilder("endpointId = :endpoint");
        Map<String, Object> params = new HashMap<>(Map.of("endpoint", id));
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        Keyset.after(cursor, "createdAt", "id", true, where, params);
        List<WebhookDelivery> rows = WebhookDelivery.<WebhookDelivery>find(where + " order by createdAt desc, id desc", params)
                .page(0, limit + 1).list();
        return Page.ofBatch(rows, limit, shown -> {
            Map<UUID, String> types = shown.isEmpty() ? Map.of()
                    : WebhookEvent.<WebhookEvent>list("id in ?1", shown.stream().map(d -> d.eventId).toList()).stream()
                            .collect(Collectors.toMap(ev -> ev.id, ev -> ev.type, (a, b) -> a));
            return shown.stream().map(d -> DeliveryView.of(d, types.get(d.eventId))).toList();
        }, d -> Cursor.encode(d.createdAt, d.id));
    }

    /** Sends a delivery again, at once and with the whole schedule ahead; one still pending is left as it is (409). */
    @Transactional
    DeliveryView redeliver(UUID id, UUID deliveryId) {
        get(id);
        WebhookDelivery d = WebhookDelivery.<WebhookDelivery>findByIdOptional(deliveryId, LockModeType.PESSIMISTIC_WRITE)
                .filter(found -> found.endpointId.equals(id)).orElseThrow(ProblemException::notFound);
        if (d.status == WebhookDelivery.Status.PENDING) {
            throw ProblemException.of(ProblemType.INVALID_STATE, "problem.invalid-state.delivery-pending");
        }
        d.redeliver(Times.now(clock));
        WebhookEvent event = WebhookEvent.findById(d.eventId);
        recorder.recorded();
        return DeliveryView.of(d, event.type);
    }

    private static WebhookEndpoint lock(UUID id) {
        return WebhookEndpoint.<WebhookEndpoint>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(ProblemException::notFound);
    }

    /** Known types, a target the guard accepts, and (for a client) only types whose data its scopes read. */
    private void check(Caller caller, WebhookInput input) {
        List<Violation> violations = new ArrayList<>();
        guard.refusal(input.url().strip()).ifPresent(key -> violations.add(new Violation("url", key)));
        for (int i = 0; i < input.events().size(); i++) {
            String type = input.events().get(i);
            if (!IntegrationEvent.SUBSCRIBABLE.contains(type)) {
                violations.add(new Violation("events[" + i + "]", "validation.webhook-event-unknown"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        for (String type : input.events()) {
            String scope = IntegrationEvent.SCOPE_OF_TYPE.get(type);
            if (!caller.may(scope)) {
                throw ProblemException.of(ProblemType.INSUFFICIENT_SCOPE, "problem.insufficient-scope.webhook", type, scope);
            }
        }
    }

    private static void apply(WebhookEndpoint e, WebhookInput input) {
        e.url = input.url().strip();
        e.events = new ArrayList<>(new LinkedHashSet<>(input.events()));
        e.description = input.description() == null || input.description().isBlank() ? null : input.description().strip();
        e.active = input.active();
    }

    private static WebhookInput inputOf(WebhookEndpoint e) {
        return new WebhookInput(e.url, List.copyOf(e.events), e.description, e.active);
    }
}
