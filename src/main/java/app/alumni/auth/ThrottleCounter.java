package app.alumni.auth;

import java.time.OffsetDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One sign-in budget's counter (an account and address pair, an address). Failures are counted by an upsert in
 * {@link LoginThrottle}, so concurrent guesses cannot slip past; giving back, resetting and purging are plain HQL.
 */
@Entity
@Table(name = "login_throttle")
class ThrottleCounter extends PanacheEntityBase {

    @Id
    String throttleKey;
    int failures;
    OffsetDateTime windowStartedAt;
    OffsetDateTime lockedUntil;

    static void reset(String key) {
        delete("throttleKey", key);
    }

    /** A failure counted before the password check turned out to be a success: one fewer, and no lock it caused. */
    static void giveBack(String key, int max) {
        update("failures = greatest(failures - 1, 0), lockedUntil = case when failures - 1 >= ?1 then lockedUntil end"
                + " where throttleKey = ?2", max, key);
    }

    /** Deletes the counters whose window started before {@code cutoff} and that no longer lock anything at {@code now}. */
    static long purge(OffsetDateTime cutoff, OffsetDateTime now) {
        return delete("windowStartedAt < ?1 and (lockedUntil is null or lockedUntil < ?2)", cutoff, now);
    }
}
