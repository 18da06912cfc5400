package app.alumni.member;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How registrations are verified ({@code alumni.registration.*}). */
@ConfigMapping(prefix = "alumni.registration")
interface RegistrationConfig {

    /**
     * {@code ROSTER_MATCH}: a registration that matches HR's roster (employee number, name and leaving month) is approved
     * at once; the rest wait for HR. {@code NEVER}: HR verifies every registration. Env {@code ALUMNI_REGISTRATION_AUTO_APPROVE}.
     */
    @WithDefault("ROSTER_MATCH")
    AutoApprove autoApprove();

    enum AutoApprove {
        ROSTER_MATCH,
        NEVER
    }
}
