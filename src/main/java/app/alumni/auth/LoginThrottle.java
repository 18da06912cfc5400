package app.alumni.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import app.alumni.common.Hashes;
import app.alumni.common.Times;
import io.quarkus.scheduler.Scheduled;

/**
 * Sign-in budgets, counted in the database (so every instance shares them) under keys stored as SHA-256, never as
 * addresses or e-mails:
 * <ul>
 * <li>failures of one account from one client address: guessing one member's password is locked after a few tries,
 * while the owner signing in from elsewhere is not locked out (a lock-out per account alone would let anyone lock
 * anyone out);</li>
 * <li>failures from one client address, over all accounts: guessing many accounts from one place;</li>
 * <li>all attempts from one client address per minute, successful ones and pending accounts included: password
 * hashing is deliberately expensive, and a sign-in storm must not starve the rest of the API.</li>
 * </ul>
 * An attempt is counted <em>before</em> its password is checked, in a single atomic upsert per key, so concurrent
 * guesses cannot slip past the limit while the first ones are still being checked; a successful attempt gives its
 * failure counts back.
 */
@ApplicationScoped
class LoginThrottle {

    /** What a successful sign-in does to a budget. */
    enum OnSuccess {
        /** The failures were the owner's typos: forget them. */
        RESET,
        /** Only this attempt was not a failure: one good account must not unlock guessing at others. */
        GIVE_BACK,
        /** Every attempt counts. */
        KEEP
    }

    /** One budget: how many attempts a key may spend in a window, and how long it is locked once spent. */
    record Budget(String key, int max, Duration window, Duration lockout, OnSuccess onSuccess) {
    }

    /** The budgets one sign-in attempt spends. */
    record Attempt(List<Budget> budgets) {
    }

    private final EntityManager em;
    private final AuthConfig.Throttle config;
    private final Clock clock;

    LoginThrottle(EntityManager em, AuthConfig config, Clock clock) {
        this.clock = clock;
        this.em = em;
        this.config = config.throttle();
    }

    Attempt attempt(String email, String clientAddress) {
        String account = email.strip().toLowerCase(Locale.ROOT);
        return new Attempt(List.of(
                new Budget(Hashes.sha256("pair:" + account + "\n" + clientAddress), config.maxFailuresPerAccount(), config.window(),
                        config.lockout(), OnSuccess.RESET),
                new Budget(Hashes.sha256("address:" + clientAddress), config.maxFailuresPerAddress(), config.window(),
                        config.lockout(), OnSuccess.GIVE_BACK),
                new Budget(Hashes.sha256("rate:" + clientAddress), config.maxAttemptsPerAddressPerMinute(), Duration.ofMinutes(1),
                        Duration.ofMinutes(1), OnSuccess.KEEP)));
    }

    /** The budget a password-reset request spends: requests from one client address per hour. */
    Attempt passwordReset(String clientAddress) {
        return new Attempt(List.of(new Budget(Hashes.sha256("reset:" + clientAddress), config.maxPasswordResetsPerAddressPerHour(),
                Duration.ofHours(1), Duration.ofHours(1), OnSuccess.KEEP)));
    }

    /**
     * Spends one attempt of every budget, atomically, in its own transaction (so it counts even though a failed
     * sign-in answers 401). Returns the seconds to wait when any budget is exhausted, else 0.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    long spend(Attempt attempt) {
        long wait = 0;
        OffsetDateTime now = Times.now(clock);
        for (Budget budget : attempt.budgets()) {
            Tuple row = (Tuple) em.createNativeQuery("""
                    insert into login_throttle as t (throttle_key, failures, window_started_at, locked_until)
                    values (:key, 1, cast(:now as timestamptz),
                            case when 1 >= :max then cast(:now as timestamptz) + make_interval(secs => :lockout) end)
                    on conflict (throttle_key) do update set
                      failures = case when t.locked_until <= cast(:now as timestamptz)
                                        or (t.locked_until is null
                                            and t.window_started_at < cast(:now as timestamptz) - make_interval(secs => :window))
                                      then 1 else t.failures + 1 end,
                      window_started_at = case when t.locked_until <= cast(:now as timestamptz)
                                        or (t.locked_until is null
                                            and t.window_started_at < cast(:now as timestamptz) - make_interval(secs => :window))
                                      then cast(:now as timestamptz) else t.window_started_at end,
                      locked_until = case
                        when t.locked_until <= cast(:now as timestamptz)
                          or (t.locked_until is null and t.window_started_at < cast(:now as timestamptz) - make_interval(secs => :window))
                          then case when 1 >= :max then cast(:now as timestamptz) + make_interval(secs => :lockout) end
                        when t.locked_until is not null then t.locked_until
                        when t.failures + 1 >= :max then cast(:now as timestamptz) + make_interval(secs => :lockout)
                        end
                    returning failures as spent,
                      ceil(extract(epoch from locked_until - cast(:now as timestamptz))) as wait_seconds""", Tuple.class)
                    .setParameter("now", now)
                    .setParameter("key", budget.key())
                    .setParameter("max", budget.max())
                    .setParameter("window", (double) budget.window().toSeconds())
                    .setParameter("lockout", (double) budget.lockout().toSeconds())
                    .getSingleResult();
            int spent = row.get("spent", Number.class).intValue();
            if (spent > budget.max()) {
                Number seconds = row.get("wait_seconds", Number.class);
                wait = Math.max(wait, seconds == null ? 1 : Math.max(1, seconds.longValue()));
            }
        }
        return wait;
    }

    /** A successful sign-in was not a failure (see {@link OnSuccess}). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void succeeded(Attempt attempt) {
        for (Budget budget : attempt.budgets()) {
            if (budget.onSuccess() == OnSuccess.RESET) {
                ThrottleCounter.reset(budget.key());
            } else if (budget.onSuccess() == OnSuccess.GIVE_BACK) {
                ThrottleCounter.giveBack(budget.key(), budget.max());
            }
        }
    }

    /** Counters whose window and lock have both passed carry no information any more. */
    @Scheduled(every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        purgeExpired(Duration.ofDays(1));
    }

    @Transactional
    int purgeExpired(Duration olderThan) {
        OffsetDateTime now = Times.now(clock);
        return (int) ThrottleCounter.purge(now.minus(olderThan), now);
    }

}
