package app.alumni.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import app.alumni.common.Drain;
import app.alumni.common.Times;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Delivers the outbox: woken when a transaction that wrote mail commits, and polling every
 * {@code alumni.outbox.poll-interval} for retries and for what another instance wrote. Each message is claimed with
 * its row locked ({@code SKIP LOCKED}) for the transaction that sends it and records the outcome, so two workers, on
 * one instance or on several, never send one message twice; a message whose sending fails is tried again on the
 * retry schedule, and nothing is lost when the SMTP server is down.
 */
@ApplicationScoped
class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class);

    private final Mailer mailer;
    private final MailRenderer renderer;
    private final MailConfig config;
    private final ManagedExecutor executor;
    private final Clock clock;
    private final Drain drain;

    MailDelivery(Mailer mailer, MailRenderer renderer, MailConfig config, ManagedExecutor executor, Clock clock) {
        this.mailer = mailer;
        this.renderer = renderer;
        this.config = config;
        this.executor = executor;
        this.clock = clock;
        this.drain = new Drain("mail delivery", () -> deliverDue() == config.batchSize());
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        wake();
    }

    /** Delivers what is due soon, off the caller's thread. */
    void wake() {
        executor.execute(this::drain);
    }

    @Scheduled(every = "${alumni.outbox.poll-interval}", delayed = "${alumni.outbox.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        drain();
        QuarkusTransaction.requiringNew().run(OutboxMessage::removeErased);
    }

    void drain() {
        drain.run();
    }

    /** Claims one batch of due messages and sends them, in one transaction; returns how many were claimed. */
    int deliverDue() {
        return QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime now = Times.now(clock);
            List<OutboxMessage> due = OutboxMessage.claimDue(now, config.batchSize());
            for (OutboxMessage message : due) {
                send(message, now);
            }
            return due.size();
        });
    }

    /**
     * One attempt. A pooled SMTP connection that the server closed while idle fails on first use, so a failure is
     * tried once more at once, on a fresh connection, before it counts.
     */
    private void send(OutboxMessage message, OffsetDateTime now) {
        try {
            try {
                mailer.send(renderer.render(message));
            } catch (RuntimeException first) {
                LOG.infof("mail %s: %s; trying once more on a fresh connection", message.id, describe(first));
                mailer.send(renderer.render(message));
            }
            message.delivered(now);
        } catch (RuntimeException e) {
            message.attemptFailed(describe(e), config.retrySchedule(), now);
            LOG.warnf("mail %s (%s) attempt %d failed: %s", message.id, message.template, message.attempts, message.lastError);
        }
    }

    /** What went wrong, for HR: the innermost message (an SMTP reply, a refused connection), never a stack trace. */
    static String describe(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String text = cause.getMessage();
        return text == null || text.isBlank() ? cause.getClass().getSimpleName() : text.strip();
    }
}
