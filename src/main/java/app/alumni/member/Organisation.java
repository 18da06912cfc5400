package app.alumni.member;

import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The company behind the community ({@code alumni.organisation.*}): what members see as the author of what HR's
 * systems publish (announcements, official events, job listings posted by an API client).
 */
@ConfigMapping(prefix = "alumni.organisation")
public interface Organisation {

    /** Shown as the author or organiser (env {@code ALUMNI_ORGANISATION_NAME}). */
    @WithDefault("人事部")
    String name();

    /** The company's calendar: what "today" is when a leaving date is recorded (env {@code ALUMNI_ORGANISATION_TIME_ZONE}). */
    @WithDefault("Asia/Tokyo")
    ZoneId timeZone();
}
