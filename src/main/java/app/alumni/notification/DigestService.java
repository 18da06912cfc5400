package app.alumni.notification;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import app.alumni.common.Times;
import app.alumni.notification.NotificationPreference.Digest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The digest: what each member chose to receive "in the digest" since their last one, mailed daily or weekly (their
 * choice; weekly by default). Each member's digest of a period is claimed by inserting its {@code digest_delivery}
 * row, so it goes out once however many instances run (and whether the schedule or HR ran it). Empty digests are not
 * sent.
 */
@ApplicationScoped
class DigestService {

    private static final Logger LOG = Logger.getLogger(DigestService.class);
    static final int BATCH = 500;
    /** What one digest lists at most; the rest is counted. */
    static final int MAX_ITEMS = 30;

    private final DigestQueries queries;
    private final Event<OutboxWritten> mailWritten;
    private final ZoneId zone;
    private final Clock clock;

    DigestService(DigestQueries queries, Event<OutboxWritten> mailWritten,
            @ConfigProperty(name = "alumni.digest.time-zone", defaultValue = "Asia/Tokyo") ZoneId zone, Clock clock) {
        this.queries = queries;
        this.mailWritten = mailWritten;
        this.zone = zone;
        this.clock = clock;
    }

    /** What a run did. */
    record Run(Digest frequency, OffsetDateTime periodStart, int members, int mailed) {
    }

    @Scheduled(cron = "${alumni.digest.daily-cron}", timeZone = "${alumni.digest.time-zone}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        run(Digest.DAILY);
    }

    @Scheduled(cron = "${alumni.digest.weekly-cron}", timeZone = "${alumni.digest.time-zone}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void weekly() {
        run(Digest.WEEKLY);
    }

    /** Mails this period's digests of every member of this frequency who has not had theirs yet. */
    Run run(Digest frequency) {
        OffsetDateTime now = Times.now(clock);
        OffsetDateTime periodStart = periodStart(frequency, now);
        Duration length = frequency == Digest.DAILY ? Duration.ofDays(1) : Duration.ofDays(7);
        int members = 0;
        int mailed = 0;
        while (true) {
            int[] batch = QuarkusTransaction.requiringNew().call(() -> runBatch(frequency, periodStart, now, now.minus(length)));
            members += batch[0];
            mailed += batch[1];
            if (batch[0] < BATCH) {
                break;
            }
        }
        LOG.infof("%s digest for the period from %s: %d members, %d mailed", frequency, periodStart, members, mailed);
        return new Run(frequency, periodStart, members, mailed);
    }

    private int[] runBatch(Digest frequency, OffsetDateTime periodStart, OffsetDateTime now, OffsetDateTime fallbackSince) {
        List<UUID> claimed = queries.claim(frequency, periodStart, now, BATCH);
        if (claimed.isEmpty()) {
            return new int[] { 0, 0 };
        }
        Map<UUID, List<UUID>> items = queries.itemsSinceLastDigest(claimed, now, fallbackSince);
        int mailed = queries.mailDigests(items, frequency, MAX_ITEMS, now);
        queries.markMailed(items.keySet(), frequency, periodStart);
        if (mailed > 0) {
            mailWritten.fire(new OutboxWritten());
        }
        return new int[] { claimed.size(), mailed };
    }

    /** The start of the day (daily) or of the week, Monday (weekly), in the digest's time zone. */
    OffsetDateTime periodStart(Digest frequency, OffsetDateTime now) {
        ZonedDateTime local = now.atZoneSameInstant(zone).truncatedTo(ChronoUnit.DAYS);
        if (frequency == Digest.WEEKLY) {
            local = local.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
        return local.toOffsetDateTime();
    }
}
