package app.alumni.auth;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Counts failed sign-ins per account and per client address in the database (so every instance shares them) and
 * locks a key for a while once it reaches its limit. Keys are stored as SHA-256, never as addresses or e-mails.
 */
@ApplicationScoped
class LoginThrottle {

    private final EntityManager em;
    private final AuthConfig.Throttle config;

    LoginThrottle(EntityManager em, AuthConfig config) {
        this.em = em;
        this.config = config.throttle();
    }

    static String accountKey(String email) {
        return Hashes.sha256("account:" + email.strip().toLowerCase(Locale.ROOT));
    }

    static String addressKey(String address) {
        return Hashes.sha256("address:" + address);
    }

    /** Seconds until both keys are unlocked; 0 when neither is locked. */
    @Transactional
    long secondsLocked(String accountKey, String addressKey) {
        Object seconds = em.createNativeQuery("""
                select coalesce(ceil(extract(epoch from max(locked_until) - now())), 0)
                from login_throttle where throttle_key in (:account, :address) and locked_until > now()""")
                .setParameter("account", accountKey)
                .setParameter("address", addressKey)
                .getSingleResult();
        return ((Number) seconds).longValue();
    }

    /** Counts a failure in its own transaction, so it sticks although the sign-in answers 401. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void recordFailure(String accountKey, String addressKey) {
        for (var key : List.of(new Object[] { accountKey, config.maxFailuresPerAccount() },
                new Object[] { addressKey, config.maxFailuresPerAddress() })) {
            em.createNativeQuery("""
                    insert into login_throttle as t (throttle_key, failures, window_started_at, locked_until)
                    values (:key, 1, now(), case when 1 >= :max then now() + make_interval(secs => :lockout) end)
                    on conflict (throttle_key) do update set
                      failures = case when t.window_started_at < now() - make_interval(secs => :window) then 1 else t.failures + 1 end,
                      window_started_at = case when t.window_started_at < now() - make_interval(secs => :window) then now() else t.window_started_at end,
                      locked_until = case
                        when (case when t.window_started_at < now() - make_interval(secs => :window) then 1 else t.failures + 1 end) >= :max
                        then now() + make_interval(secs => :lockout)
                        else t.locked_until end""")
                    .setParameter("key", key[0])
                    .setParameter("max", key[1])
                    .setParameter("window", (double) config.window().toSeconds())
                    .setParameter("lockout", (double) config.lockout().toSeconds())
                    .executeUpdate();
        }
    }

    /** A successful sign-in clears the account's count (not the address's: one good account must not unlock guessing). */
    @Transactional
    void recordSuccess(String accountKey) {
        em.createNativeQuery("delete from login_throttle where throttle_key = :key").setParameter("key", accountKey).executeUpdate();
    }
}
