package app.alumni.member;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import app.alumni.common.ProblemException;
import io.quarkus.elytron.security.common.BcryptUtil;

/**
 * bcrypt hashing, bounded: at most a few hashes are computed at once (each costs about a quarter of a CPU second at
 * cost 12), and a request that cannot start one soon is answered 503 with {@code Retry-After} instead of queueing
 * behind a sign-in storm while the rest of the API starves. Checks against unknown accounts cost the same time as
 * real ones.
 */
@ApplicationScoped
public class PasswordHasher {

    private final int cost;
    private final String decoy;
    private final Semaphore permits;
    private final long maxWaitMillis;

    PasswordHasher(PasswordConfig config) {
        this.cost = config.bcryptCost();
        this.decoy = BcryptUtil.bcryptHash("decoy-password-for-timing", cost);
        int concurrent = config.hashing().maxConcurrent().orElse(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
        this.permits = new Semaphore(Math.max(1, concurrent), true);
        this.maxWaitMillis = config.hashing().maxWait().toMillis();
    }

    public String hash(String password) {
        return bounded(() -> BcryptUtil.bcryptHash(password, cost));
    }

    public boolean matches(String password, String hash) {
        return bounded(() -> BcryptUtil.matches(password, hash));
    }

    /** Spends the time of one check when there is no account, so response time does not tell whether an email exists. */
    public void burnCheck(String password) {
        bounded(() -> BcryptUtil.matches(password, decoy));
    }

    /** The hashing slots; tests take them all to see a full queue. */
    Semaphore permits() {
        return permits;
    }

    private <T> T bounded(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw ProblemException.busy(Math.max(1, maxWaitMillis / 1000));
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
