package app.alumni.common;

import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;

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

    /**
     * Works off due rows one at a time, each claimed and worked on in a transaction of its own, until none is left;
     * {@code work} must make the row no longer due (in that transaction), so each is worked on once across instances.
     * Returns how many were worked on.
     */
    public static <T> int workOff(Supplier<PanacheQuery<T>> due, Consumer<T> work) {
        int worked = 0;
        while (QuarkusTransaction.requiringNew().call(() -> {
            T row = claim(due.get().page(0, 1)).firstResult();
            if (row != null) {
                work.accept(row);
            }
            return row != null;
        })) {
            worked++;
        }
        return worked;
    }
}
