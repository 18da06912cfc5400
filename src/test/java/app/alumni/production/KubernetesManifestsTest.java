package app.alumni.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The manifests in {@code deploy/kubernetes} agree with the application and its image: the ports the Dockerfile
 * exposes, the health endpoints Quarkus serves, the variables the README documents, the user the image runs as,
 * and with each other (selectors, names, the grace period around the shutdown timeout).
 */
class KubernetesManifestsTest {

    private static final Path DIR = Path.of("deploy/kubernetes");
    private static final Map<String, JsonNode> BY_KIND = new HashMap<>();

    @BeforeAll
    static void read() throws IOException {
        YAMLMapper yaml = new YAMLMapper();
        JsonNode kustomization = yaml.readTree(DIR.resolve("kustomization.yaml").toFile());
        for (JsonNode resource : kustomization.path("resources")) {
            JsonNode doc = yaml.readTree(DIR.resolve(resource.asText()).toFile());
            BY_KIND.put(doc.path("kind").asText(), doc);
        }
        assertThat(BY_KIND).containsOnlyKeys("ConfigMap", "Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget");
    }

    private static JsonNode deployment() {
        return BY_KIND.get("Deployment");
    }

    private static JsonNode container() {
        return deployment().at("/spec/template/spec/containers/0");
    }

    @Test
    void theResourcesFindEachOther() {
        JsonNode labels = deployment().at("/spec/template/metadata/labels");
        assertThat(deployment().at("/spec/selector/matchLabels")).isEqualTo(labels);
        assertThat(BY_KIND.get("Service").at("/spec/selector")).isEqualTo(labels);
        assertThat(BY_KIND.get("PodDisruptionBudget").at("/spec/selector/matchLabels")).isEqualTo(labels);
        String name = deployment().at("/metadata/name").asText();
        assertThat(BY_KIND.get("HorizontalPodAutoscaler").at("/spec/scaleTargetRef/name").asText()).isEqualTo(name);
        String configMap = BY_KIND.get("ConfigMap").at("/metadata/name").asText();
        assertThat(container().at("/envFrom/0/configMapRef/name").asText()).isEqualTo(configMap);
        assertThat(deployment().at("/spec/replicas").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(BY_KIND.get("HorizontalPodAutoscaler").at("/spec/minReplicas").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(BY_KIND.get("PodDisruptionBudget").at("/spec/minAvailable").asInt()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void portsAndProbesAreTheApplicationsOwn() throws IOException {
        Map<String, Integer> ports = new HashMap<>();
        container().path("ports").forEach(p -> ports.put(p.path("name").asText(), p.path("containerPort").asInt()));
        // Quarkus's defaults, which the application keeps, and what the image exposes.
        assertThat(ports).containsEntry("http", 8080).containsEntry("management", 9000);
        assertThat(Files.readString(Path.of("docker/Dockerfile"))).contains("EXPOSE 8080 9000");
        assertThat(BY_KIND.get("Service").at("/spec/ports/0/targetPort").asText()).isEqualTo("http");
        assertThat(container().at("/startupProbe/httpGet/path").asText()).isEqualTo("/q/health/started");
        assertThat(container().at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
        assertThat(container().at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            assertThat(container().path(probe).at("/httpGet/port").asText()).as(probe).isEqualTo("management");
        }
    }

    @Test
    void everyVariableIsOneTheReadmeDocuments() throws IOException {
        Set<String> documented = documentedVariables();
        List<String> used = new ArrayList<>();
        BY_KIND.get("ConfigMap").path("data").fieldNames().forEachRemaining(used::add);
        container().path("env").forEach(e -> used.add(e.path("name").asText()));
        assertThat(used).isNotEmpty().allSatisfy(name -> assertThat(documented).as("README documents " + name).contains(name));
        assertThat(used).contains("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD",
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "SMALLRYE_JWT_SIGN_KEY_LOCATION", "ALUMNI_PUBLIC_API_URL", "ALUMNI_WEB_APP_URL");
        // Secrets come from Secrets, never from the ConfigMap.
        assertThat(BY_KIND.get("ConfigMap").path("data").has("QUARKUS_DATASOURCE_PASSWORD")).isFalse();
        container().path("env").forEach(e -> assertThat(e.at("/valueFrom/secretKeyRef/name").asText()).isNotEmpty());
    }

    @Test
    void theKeysAreMountedWhereTheConfigurationLooksForThem() {
        JsonNode data = BY_KIND.get("ConfigMap").path("data");
        String mount = null;
        for (JsonNode m : container().path("volumeMounts")) {
            if ("keys".equals(m.path("name").asText())) {
                mount = m.path("mountPath").asText();
                assertThat(m.path("readOnly").asBoolean()).isTrue();
            }
        }
        assertThat(mount).isNotNull();
        assertThat(data.path("MP_JWT_VERIFY_PUBLICKEY_LOCATION").asText()).isEqualTo(mount + "/publicKey.pem");
        assertThat(data.path("SMALLRYE_JWT_SIGN_KEY_LOCATION").asText()).isEqualTo(mount + "/privateKey.pem");
    }

    @Test
    void itRunsAsTheImagesUserOnAReadOnlyFileSystemAndStopsGracefully() throws IOException {
        Matcher uid = Pattern.compile("--uid (\\d+)").matcher(Files.readString(Path.of("docker/Dockerfile")));
        assertThat(uid.find()).isTrue();
        JsonNode pod = deployment().at("/spec/template/spec");
        assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
        assertThat(pod.at("/securityContext/runAsUser").asText()).isEqualTo(uid.group(1));
        assertThat(container().at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(container().at("/securityContext/allowPrivilegeEscalation").asBoolean()).isFalse();
        boolean tmp = false;
        for (JsonNode m : container().path("volumeMounts")) {
            tmp |= "/tmp".equals(m.path("mountPath").asText());
        }
        assertThat(tmp).as("a writable /tmp").isTrue();
        assertThat(container().at("/resources/limits/memory").isMissingNode()).isFalse();

        Duration shutdown = Duration.parse("PT" + BY_KIND.get("ConfigMap").at("/data/QUARKUS_SHUTDOWN_TIMEOUT").asText().toUpperCase());
        assertThat(Duration.ofSeconds(pod.path("terminationGracePeriodSeconds").asLong())).isGreaterThan(shutdown.plusSeconds(5));
    }

    /** The variable names in the README's configuration table. */
    private static Set<String> documentedVariables() throws IOException {
        Set<String> names = new TreeSet<>();
        Pattern variable = Pattern.compile("`([A-Z][A-Z0-9_]+)`");
        for (String line : Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8)) {
            if (line.startsWith("| `")) {
                Matcher m = variable.matcher(line.substring(0, line.indexOf(" | ", 2) < 0 ? line.length() : line.indexOf(" | ", 2)));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }
}
