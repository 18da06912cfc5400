package app.alumni.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The SSRF guard, as configured in production (no private targets), without a running service. */
class TargetGuardTest {

    private static WebhookConfig config(boolean allowPrivate) {
        return new WebhookConfig() {
            public List<Duration> retrySchedule() {
                return List.of();
            }

            public boolean allowPrivateTargets() {
                return allowPrivate;
            }

            public Duration timeout() {
                return Duration.ofSeconds(10);
            }

            public Duration pollInterval() {
                return Duration.ofSeconds(10);
            }

            public int batchSize() {
                return 20;
            }

            public Duration rotationOverlap() {
                return Duration.ofHours(24);
            }
        };
    }

    @Test
    void onlyHttpsToPublicAddressesUnlessPrivateTargetsAreAllowed() {
        TargetGuard guard = new TargetGuard(config(false));
        assertThat(guard.refusal("https://93.184.216.34/hooks")).isEmpty();
        assertThat(guard.refusal("https://[2606:2800:220:1:248:1893:25c8:1946]/hooks")).isEmpty();
        assertThat(guard.refusal("http://93.184.216.34/hooks")).contains("validation.webhook-https");
        for (String url : List.of("https://127.0.0.1/x", "https://localhost/x", "https://10.1.2.3/x", "https://172.16.0.1/x",
                "https://192.168.1.1/x", "https://169.254.169.254/latest/meta-data", "https://100.100.100.200/x", "https://0.0.0.0/x",
                "https://[::1]/x", "https://[fd00:ec2::254]/x", "https://[fe80::1]/x", "https://[::ffff:10.0.0.1]/x",
                "https://224.0.0.1/x")) {
            assertThat(guard.refusal(url)).as(url).contains("validation.webhook-private");
        }
        for (String url : List.of("ftp://93.184.216.34/x", "https://user:pw@93.184.216.34/x", "not a url", "https:///nohost")) {
            assertThat(guard.refusal(url)).as(url).contains("validation.webhook-url");
        }
        TargetGuard development = new TargetGuard(config(true));
        assertThat(development.refusal("http://127.0.0.1:8089/hooks")).isEmpty();
        assertThat(development.refusal("ftp://127.0.0.1/x")).contains("validation.webhook-url");
    }

    @Test
    void addressClasses() throws Exception {
        assertThat(TargetGuard.isPublic(InetAddress.getByName("8.8.8.8"))).isTrue();
        assertThat(TargetGuard.isPublic(InetAddress.getByName("100.63.255.255"))).isTrue();
        assertThat(TargetGuard.isPublic(InetAddress.getByName("100.64.0.1"))).isFalse();
        assertThat(TargetGuard.isPublic(InetAddress.getByName("198.18.0.1"))).isFalse();
        assertThat(TargetGuard.isPublic(InetAddress.getByName("255.255.255.255"))).isFalse();
    }
}
