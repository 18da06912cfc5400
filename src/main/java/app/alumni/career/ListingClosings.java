package app.alumni.career;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import app.alumni.career.CareerEnums.ListingStatus;
import app.alumni.common.SkipLocked;
import app.alumni.common.Times;
import app.alumni.member.IntegrationEvent;
import app.alumni.member.Integrations;
import io.quarkus.scheduler.Scheduled;

/**
 * A listing closes by itself at {@code closesAt}; HR's systems are told ({@code job.closed}) once, whichever instance
 * gets there first (the listing is claimed {@code SKIP LOCKED} and marked in the same transaction). Listings closed by
 * hand are announced when they are closed.
 */
@ApplicationScoped
class ListingClosings {

    private static final String DUE = "status = ?1 and closingAnnouncedAt is null and closesAt <= ?2 order by closesAt, id";

    private final Integrations integrations;
    private final Clock clock;

    ListingClosings(Integrations integrations, Clock clock) {
        this.integrations = integrations;
        this.clock = clock;
    }

    @Scheduled(every = "1m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        announceDue();
    }

    /** Announces every listing that closed by itself; returns how many. */
    int announceDue() {
        return SkipLocked.workOff(() -> JobListing.<JobListing>find(DUE,
                ListingStatus.OPEN, Times.now(clock)), l -> {
                    // Not an edit (the version, its ETag, stays), but a change HR's systems sync (updatedAt).
                    OffsetDateTime now = Times.now(clock);
                    JobListing.update("closingAnnouncedAt = ?1, updatedAt = ?1 where id = ?2", now, l.id);
                    integrations.publish(IntegrationEvent.JOB_CLOSED, Map.of("listingId", l.id.toString(), "kind", l.kind.name()));
                });
    }
}
