package app.alumni.notification;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How mail is delivered ({@code alumni.mail.*}); the SMTP server itself is Quarkus Mailer's ({@code quarkus.mailer.*}). */
@ConfigMapping(prefix = "alumni.mail")
interface MailConfig {

    /**
     * The waits after each failed attempt (env {@code ALUMNI_MAIL_RETRY_SCHEDULE}, ISO-8601 durations, comma-separated):
     * a message is tried once more after each, then marked FAILED. The default spans about a day.
     */
    @WithDefault("PT1M,PT5M,PT15M,PT1H,PT2H,PT4H,PT8H,PT8H")
    List<Duration> retrySchedule();

    /** Messages one worker claims per transaction. */
    @WithDefault("20")
    int batchSize();
}
