package app.alumni.event;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import app.alumni.common.SkipLocked;
import app.alumni.common.Times;
import app.alumni.event.EventEnums.Status;
import app.alumni.member.Notice;
import app.alumni.member.NoticeType;
import app.alumni.member.Notices;
import app.alumni.member.Recipients;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * A day before a published event starts, the members going are reminded: once per event, whichever instance gets
 * there first (the event is claimed {@code SKIP LOCKED} and marked in the same transaction). An event moved to a new
 * time is reminded again.
 */
@ApplicationScoped
class Reminders {

    static final Duration AHEAD = Duration.ofHours(24);

    private final Notices notices;
    private final Clock clock;

    Reminders(Notices notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    @Scheduled(every = "1m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        remindDue();
    }

    /** Reminds every event due; returns how many. */
    int remindDue() {
        int reminded = 0;
        while (QuarkusTransaction.requiringNew().call(this::remindNext)) {
            reminded++;
        }
        return reminded;
    }

    private boolean remindNext() {
        OffsetDateTime now = Times.now(clock);
        Event e = SkipLocked.claim(Event.<Event>find("status = ?1 and remindedAt is null and startsAt > ?2 and startsAt <= ?3"
                + " order by startsAt, id", Status.PUBLISHED, now, now.plus(AHEAD)).page(0, 1)).firstResult();
        if (e == null) {
            return false;
        }
        // Not an edit: the event's version (its ETag) stays.
        Event.update("remindedAt = ?1 where id = ?2", now, e.id);
        notices.fire(new Notice(NoticeType.EVENT_REMINDER, null, e.asSubject(), Recipients.members(EventRsvp.going(e.id))));
        return true;
    }
}
