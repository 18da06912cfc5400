package app.alumni.common;

import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * Work queues in tables (outbox, notices, reminders): a worker locks the rows it takes for its transaction and skips
 * rows another worker holds, so each row is worked on once, however many workers and instances run.
 */
public final class SkipLocked {

    /** PostgreSQL's {@code SKIP LOCKED}, as Jakarta Persistence's lock timeout hint spells it. */
    private static final int SKIP = -2;

    private SkipLocked() {
    }

    /** The query's rows, locked for update, those locked elsewhere left out. */
    public static <T> PanacheQuery<T> claim(PanacheQuery<T> query) {
        return query.withLock(LockModeType.PESSIMISTIC_WRITE).withHint("jakarta.persistence.lock.timeout", SKIP);
    }
}
