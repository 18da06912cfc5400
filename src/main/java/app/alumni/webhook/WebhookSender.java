package app.alumni.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import app.alumni.common.Drain;
import app.alumni.common.Times;
import app.alumni.member.Notice;
import app.alumni.member.NoticeType;
import app.alumni.member.Notices;
import app.alumni.member.Recipients;
import app.alumni.member.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends due deliveries: woken when a transaction that recorded some commits, and polling every
 * {@code alumni.webhooks.poll-interval} for retries and for what other instances recorded. A worker leases a batch in
 * one short transaction (see {@link WebhookQueries#lease}), sends it in parallel without holding a connection, and
 * records each outcome; redirects are never followed, and the target is checked again before every attempt. An
 * endpoint whose delivery failed for the whole schedule, with no success since, is disabled and HR is told.
 */
@ApplicationScoped
class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class);

    private record Attempt(WebhookDelivery delivery, WebhookEndpoint endpoint, WebhookEvent event) {
    }

    private record Outcome(Integer statusCode, long durationMs, String error) {
    }

    private final WebhookConfig config;
    private final WebhookQueries queries;
    private final TargetGuard guard;
    private final Notices notices;
    private final ManagedExecutor executor;
    private final Clock clock;
    private final HttpClient http;
    private final Drain drain;

    WebhookSender(WebhookConfig config, WebhookQueries queries, TargetGuard guard, Notices notices, ManagedExecutor executor, Clock clock) {
        this.config = config;
        this.queries = queries;
        this.guard = guard;
        this.notices = notices;
        this.executor = executor;
        this.clock = clock;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(config.timeout()).build();
        this.drain = new Drain("webhook delivery", () -> sendDue() == config.batchSize());
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhookRecorder.DeliveriesRecorded recorded) {
        executor.execute(drain::run);
    }

    @Scheduled(every = "${alumni.webhooks.poll-interval}", delayed = "${alumni.webhooks.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        drain.run();
    }

    /** Leases one batch, sends it, records the outcomes; returns how many were leased. */
    int sendDue() {
        List<Attempt> batch = QuarkusTransaction.requiringNew().call(this::lease);
        List<CompletableFuture<Outcome>> sent = new ArrayList<>();
        for (Attempt attempt : batch) {
            sent.add(send(attempt));
        }
        for (int i = 0; i < batch.size(); i++) {
            Attempt attempt = batch.get(i);
            Outcome outcome = sent.get(i).join();
            QuarkusTransaction.requiringNew().run(() -> record(attempt, outcome));
        }
        return batch.size();
    }

    private List<Attempt> lease() {
        OffsetDateTime now = Times.now(clock);
        // Long enough for a whole batch to be sent and recorded; a worker that dies leaves its batch to others after it.
        List<UUID> ids = queries.lease(now, now.plus(config.timeout().multipliedBy(3)).plusSeconds(30), config.batchSize());
        if (ids.isEmpty()) {
            return List.of();
        }
        List<WebhookDelivery> deliveries = WebhookDelivery.list("id in ?1", ids);
        Map<UUID, WebhookEndpoint> endpoints = WebhookEndpoint.<WebhookEndpoint>list("id in ?1",
                deliveries.stream().map(d -> d.endpointId).distinct().toList()).stream()
                .collect(Collectors.toMap(e -> e.id, Function.identity()));
        Map<UUID, WebhookEvent> events = WebhookEvent.<WebhookEvent>list("id in ?1",
                deliveries.stream().map(d -> d.eventId).distinct().toList()).stream()
                .collect(Collectors.toMap(e -> e.id, Function.identity()));
        return deliveries.stream().map(d -> new Attempt(d, endpoints.get(d.endpointId), events.get(d.eventId))).toList();
    }

    private CompletableFuture<Outcome> send(Attempt attempt) {
        WebhookEndpoint endpoint = attempt.endpoint();
        Optional<String> refused = guard.refusal(endpoint.url);
        if (refused.isPresent()) {
            return CompletableFuture.completedFuture(new Outcome(null, 0, "target refused (" + refused.get() + ")"));
        }
        OffsetDateTime now = Times.now(clock);
        long timestamp = now.toEpochSecond();
        String id = attempt.event().id.toString();
        String body = attempt.event().body;
        String signature = endpoint.signingSecrets(now).stream().map(secret -> Signatures.sign(secret, id, timestamp, body))
                .collect(Collectors.joining(" "));
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(endpoint.url))
                    .timeout(config.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "AlumniAPI-Webhooks/1")
                    .header("webhook-id", id)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", signature)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(new Outcome(null, 0, "invalid URL"));
        }
        long started = System.nanoTime();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) -> {
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    if (failure != null) {
                        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                        return new Outcome(null, millis, cause.getClass().getSimpleName() + ": " + cause.getMessage());
                    }
                    return new Outcome(response.statusCode(), millis, null);
                });
    }

    private void record(Attempt attempt, Outcome outcome) {
        WebhookDelivery delivery = WebhookDelivery.findById(attempt.delivery().id);
        if (delivery == null || delivery.status != WebhookDelivery.Status.PENDING) {
            return; // the endpoint was deleted meanwhile
        }
        OffsetDateTime now = Times.now(clock);
        delivery.attempted(outcome.statusCode(), outcome.durationMs(), outcome.error(), config.retrySchedule(), now);
        if (delivery.status == WebhookDelivery.Status.FAILED && !queries.succeededSince(delivery.endpointId, delivery.createdAt)) {
            disable(delivery, now);
        }
    }

    /** Every attempt of a whole schedule failed, and nothing else got through meanwhile: stop, and tell HR. */
    private void disable(WebhookDelivery delivery, OffsetDateTime now) {
        WebhookEndpoint endpoint = WebhookEndpoint.findById(delivery.endpointId);
        if (endpoint == null || !endpoint.active) {
            return;
        }
        endpoint.active = false;
        endpoint.disabledAt = now;
        endpoint.disabledReason = "Every attempt failed for the whole retry schedule (last: " + delivery.lastError + ")";
        if (endpoint.disabledReason.length() > WebhookDelivery.ERROR_LENGTH) {
            endpoint.disabledReason = endpoint.disabledReason.substring(0, WebhookDelivery.ERROR_LENGTH);
        }
        endpoint.updatedAt = now;
        LOG.warnf("Webhook %s disabled: %s", endpoint.id, endpoint.disabledReason);
        notices.fire(new Notice(NoticeType.WEBHOOK_DISABLED, null, new Notice.Subject(Notice.SubjectKind.WEBHOOK, endpoint.id,
                endpoint.url), Recipients.withRole(Role.HR_ADMIN)));
    }
}
