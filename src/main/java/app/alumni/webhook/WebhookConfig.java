package app.alumni.webhook;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How webhooks are delivered ({@code alumni.webhooks.*}). */
@ConfigMapping(prefix = "alumni.webhooks")
interface WebhookConfig {

    /**
     * The waits after each failed attempt (env {@code ALUMNI_WEBHOOKS_RETRY_SCHEDULE}, ISO-8601 durations,
     * comma-separated): a delivery is tried once more after each, then marked FAILED. The default spans about a day,
     * as the Standard Webhooks schedule does.
     */
    @WithDefault("PT5S,PT5M,PT30M,PT2H,PT5H,PT10H,PT10H")
    List<Duration> retrySchedule();

    /**
     * Whether endpoints may be plain {@code http} and on loopback, private, link-local or metadata addresses (env
     * {@code ALUMNI_WEBHOOKS_ALLOW_PRIVATE_TARGETS}): for development and tests only.
     */
    @WithDefault("false")
    boolean allowPrivateTargets();

    /** How long a receiver has to answer 2xx. */
    @WithDefault("PT10S")
    Duration timeout();

    /** How often a worker looks for due deliveries (retries, and what other instances wrote). */
    @WithDefault("PT10S")
    Duration pollInterval();

    /** Deliveries one worker takes at a time. */
    @WithDefault("20")
    int batchSize();

    /** After a secret is rotated, how long the old one keeps signing too. */
    @WithDefault("PT24H")
    Duration rotationOverlap();
}
