package app.alumni.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** Dev mode sends for real once an SMTP host is named, and only then (fast: no Quarkus boot). */
class MailerDevModeTest {

    private static SmallRyeConfig config(Map<String, String> set) {
        return new SmallRyeConfigBuilder()
                .withInterceptors(new MailerDevMode())
                .withDefaultValue(MailerDevMode.HOST, "localhost")
                .withSources(new PropertiesConfigSource(set, "environment", 300))
                .build();
    }

    @Test
    void withoutAHostTheMockStaysTheModesDefault() {
        assertThat(config(Map.of()).getOptionalValue(MailerDevMode.MOCK, Boolean.class)).isEmpty();
    }

    @Test
    void aNamedHostSendsForReal() {
        assertThat(config(Map.of(MailerDevMode.HOST, "smtp.example.com")).getOptionalValue(MailerDevMode.MOCK, Boolean.class))
                .contains(false);
    }

    @Test
    void anExplicitMockSettingWins() {
        assertThat(config(Map.of(MailerDevMode.HOST, "smtp.example.com", MailerDevMode.MOCK, "true"))
                .getOptionalValue(MailerDevMode.MOCK, Boolean.class)).contains(true);
    }
}
