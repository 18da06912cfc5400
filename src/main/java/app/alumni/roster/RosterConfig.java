package app.alumni.roster;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The roster's automatic steps ({@code alumni.roster.*}). */
@ConfigMapping(prefix = "alumni.roster")
interface RosterConfig {

    /**
     * How long after the identity provider reports a leaver HR's invitation goes out to them (if they agreed to be
     * contacted and are no member yet); {@code PT0S} sends it at once. Env {@code ALUMNI_ROSTER_INVITE_AFTER}.
     */
    @WithDefault("P30D")
    Duration inviteAfter();
}
