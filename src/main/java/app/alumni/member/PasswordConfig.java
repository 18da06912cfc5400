package app.alumni.member;

import java.time.Duration;
import java.util.OptionalInt;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Password hashing settings ({@code alumni.auth.bcrypt-cost}, {@code alumni.auth.hashing.*}). */
@ConfigMapping(prefix = "alumni.auth")
interface PasswordConfig {

    /** bcrypt work factor; 12 in production, lower only to speed up tests. */
    @WithDefault("12")
    int bcryptCost();

    Hashing hashing();

    /**
     * Password hashing is deliberately expensive (about a quarter of a CPU second at cost 12): at most this many run at
     * once, and a request that cannot start one within {@link #maxWait()} is answered 503 with {@code Retry-After}, so a
     * sign-in storm cannot starve the rest of the API.
     */
    interface Hashing {
        /** Concurrent hash computations; by default half the processors, at least one. */
        OptionalInt maxConcurrent();

        @WithDefault("PT2S")
        Duration maxWait();
    }
}
