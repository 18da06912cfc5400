package app.alumni.notification;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import app.alumni.common.Drain;
import app.alumni.common.Times;
import app.alumni.member.MemberCard;
import app.alumni.member.Notice;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Keeps every notice with the change that fires it (same transaction) and, once that commits, notifies its audience:
 * the in-app notifications and the instant mails of the whole audience in two statements, marked done in the same
 * transaction, so a notice reaches each member once, also when several instances fan out at the same time (notices
 * are claimed {@code SKIP LOCKED}). The request that fired it never waits for the audience.
 */
@ApplicationScoped
class FanOut {

    private static final Logger LOG = Logger.getLogger(FanOut.class);
    private static final int BATCH = 20;

    private final NotificationQueries queries;
    private final Event<OutboxWritten> mailWritten;
    private final ManagedExecutor executor;
    private final Clock clock;
    private final Drain drain = new Drain("notification fan-out", () -> fanOutPending() == BATCH);

    FanOut(NotificationQueries queries, Event<OutboxWritten> mailWritten, ManagedExecutor executor, Clock clock) {
        this.queries = queries;
        this.mailWritten = mailWritten;
        this.executor = executor;
        this.clock = clock;
    }

    /** In the firing transaction: the notice is kept with the change (an empty audience is nobody). */
    void keep(@Observes Notice notice) {
        if (!notice.recipients().reachesNobody()) {
            QueuedNotice.keep(notice, Times.now(clock));
        }
    }

    /** After the firing transaction commits, off its thread. */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Notice notice) {
        executor.execute(this::drain);
    }

    @Scheduled(every = "${alumni.outbox.poll-interval}", delayed = "${alumni.outbox.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        drain();
    }

    void drain() {
        drain.run();
    }

    /** Fans out one batch of pending notices, each in its own transaction; returns how many were claimed. */
    int fanOutPending() {
        int done = 0;
        for (int i = 0; i < BATCH; i++) {
            if (!fanOutOne()) {
                break;
            }
            done++;
        }
        return done;
    }

    /**
     * Claims and fans out one notice, in its own transaction. One that fails (a bug, not a busy database) is set aside
     * after a few tries, with its error, so it cannot hold up the notices behind it.
     */
    private boolean fanOutOne() {
        AtomicReference<UUID> claimedId = new AtomicReference<>();
        try {
            return QuarkusTransaction.requiringNew().call(() -> fanOutOne(claimedId));
        } catch (RuntimeException e) {
            if (claimedId.get() == null) {
                throw e;
            }
            LOG.errorf(e, "notice %s could not be fanned out", claimedId.get());
            QuarkusTransaction.requiringNew().run(() -> QueuedNotice.failed(claimedId.get(), MailDelivery.describe(e)));
            return true;
        }
    }

    private boolean fanOutOne(AtomicReference<UUID> claimedId) {
        List<QueuedNotice> claimed = QueuedNotice.claimPending(1);
        if (claimed.isEmpty()) {
            return false;
        }
        QueuedNotice n = claimed.get(0);
        claimedId.set(n.id);
        MemberCard actor = n.actorId == null ? null : MemberCard.of(n.actorId);
        int notified = queries.notify(n);
        int mailed = queries.mailNow(n, actor == null ? null : actor.displayName(), Links.path(n.subjectKind, n.subjectId),
                Times.now(clock));
        n.fannedOutAt = Times.now(clock);
        if (notified > 0) {
            queries.announce(n);
        }
        if (mailed > 0) {
            mailWritten.fire(new OutboxWritten());
        }
        LOG.debugf("notice %s (%s): %d notified, %d mailed at once", n.id, n.type, notified, mailed);
        return true;
    }
}
