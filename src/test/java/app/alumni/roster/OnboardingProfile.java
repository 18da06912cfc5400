package app.alumni.roster;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The other settings of onboarding, shared by the tests of each so that Quarkus starts once for all of them: HR
 * verifies every registration ({@code ALUMNI_REGISTRATION_AUTO_APPROVE=NEVER}), and a leaver the identity provider
 * reports is invited at once ({@code ALUMNI_ROSTER_INVITE_AFTER=PT0S}).
 */
public class OnboardingProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("alumni.registration.auto-approve", "NEVER", "alumni.roster.invite-after", "PT0S");
    }
}
