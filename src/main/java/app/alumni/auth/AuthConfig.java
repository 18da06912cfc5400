package app.alumni.auth;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Sign-in settings ({@code alumni.auth.*}). */
@ConfigMapping(prefix = "alumni.auth")
public interface AuthConfig {

    /** {@code iss} of the access tokens this service issues (and accepts). */
    String issuer();

    /** {@code aud} of the access tokens. */
    String audience();

    @WithDefault("PT15M")
    Duration accessTokenLifespan();

    @WithDefault("P30D")
    Duration refreshTokenLifespan();

    /** Lifetime of a machine client's access token; revoking or rotating the client ends it sooner. */
    @WithDefault("PT1H")
    Duration clientTokenLifespan();

    Throttle throttle();

    interface Throttle {
        /** Failed sign-ins of one account from one client address within {@link #window()} before that pair is locked. */
        @WithDefault("5")
        int maxFailuresPerAccount();

        /** Failed sign-ins from one client address within {@link #window()} before it is locked. */
        @WithDefault("20")
        int maxFailuresPerAddress();

        @WithDefault("PT15M")
        Duration window();

        @WithDefault("PT15M")
        Duration lockout();

        /** Sign-in attempts (successful or not, of any account) from one client address per minute. */
        @WithDefault("20")
        int maxAttemptsPerAddressPerMinute();

        /** Password-reset requests from one client address per hour (whatever the addresses asked for). */
        @WithDefault("20")
        int maxPasswordResetsPerAddressPerHour();
    }
}
