package app.alumni.production;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import app.alumni.support.Api;

/**
 * The packaged jar refuses to start in production when it lacks what it cannot do without, and says what to set,
 * instead of starting and failing later (or starting with a development key); what has a safe fallback only warns.
 */
class StartupIT {

    private static final String SCHEMA = "alumni_it_startup";

    @AfterAll
    static void dropSchema() {
        ProductionEnvironment.resetSchema(SCHEMA);
    }

    @Test
    void productionRefusesToStartWithoutTokenKeys() throws Exception {
        Map<String, String> env = baseEnvironment();
        env.remove("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
        env.remove("SMALLRYE_JWT_SIGN_KEY_LOCATION");
        Started started = start(env);
        assertThat(started.exitCode()).isNotZero();
        assertThat(started.output()).contains("Token signing keys are not configured").contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
    }

    @Test
    void productionRefusesKeysThatAreNotOnePair() throws Exception {
        Path other = Path.of("target", "it-keys-other");
        ProductionEnvironment.writeKeyPair(other);
        Map<String, String> env = baseEnvironment();
        env.put("SMALLRYE_JWT_SIGN_KEY_LOCATION", other.resolve("privateKey.pem").toAbsolutePath().toString());
        Started started = start(env);
        assertThat(started.exitCode()).isNotZero();
        assertThat(started.output()).contains("does not belong to the verification key");
    }

    @Test
    void productionRefusesAPublicBaseUrlThatIsNotAnAbsoluteHttpUrl() throws Exception {
        Map<String, String> env = baseEnvironment();
        env.put("ALUMNI_PUBLIC_API_URL", "alumni.example.org/app");
        Started started = start(env);
        assertThat(started.exitCode()).isNotZero();
        assertThat(started.output()).contains("ALUMNI_PUBLIC_API_URL").contains("must be an absolute http(s) URL");
    }

    @Test
    void withoutThePublicBaseUrlProductionStartsWarnsAndLinksToLocalhost() throws Exception {
        Map<String, String> env = baseEnvironment();
        env.remove("ALUMNI_PUBLIC_API_URL");
        env.put("ALUMNI_BOOTSTRAP_ADMIN_EMAIL", ProductionEnvironment.ADMIN_EMAIL);
        env.put("ALUMNI_BOOTSTRAP_ADMIN_PASSWORD", ProductionEnvironment.ADMIN_PASSWORD);
        int port = Integer.parseInt(env.get("QUARKUS_HTTP_PORT"));
        Path log = Files.createTempFile("alumni-startup", ".log");
        Process process = launch(env, log);
        try {
            String base = "http://localhost:" + port;
            awaitServing(base + "/api/v1/privacy-policy", process);
            assertThat(Files.readString(log, StandardCharsets.UTF_8))
                    .contains("ALUMNI_PUBLIC_API_URL (alumni.public.api-url) is not set");
            // The first HR admin signs in, and a created resource is named on localhost, never on the request's Host.
            given().baseUri(base).contentType("application/json")
                    .body(Map.of("email", ProductionEnvironment.ADMIN_EMAIL, "password", ProductionEnvironment.ADMIN_PASSWORD))
                    .post("/api/v1/auth/login").then().statusCode(200).body("accessToken", notNullValue());
            given().baseUri(base).header("Host", "attacker.example").contentType("application/json")
                    .body(Api.registration(Api.uniqueEmail("startup"))).post("/api/v1/auth/register").then().statusCode(201)
                    .header("Location", startsWith(base + "/api/v1/members/"));
        } finally {
            process.destroy();
            process.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private static void awaitServing(String url, Process process) throws InterruptedException {
        for (int i = 0; i < 180; i++) {
            assertThat(process.isAlive()).as("the service is running").isTrue();
            try {
                if (given().get(url).statusCode() == 200) {
                    return;
                }
            } catch (Exception notYet) {
                // not listening yet (REST Assured rethrows the ConnectException as it is)
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not serving after 90 s: " + url);
    }

    private record Started(int exitCode, String output) {
    }

    private static Map<String, String> baseEnvironment() {
        ProductionEnvironment.writeKeyPair(ProductionEnvironment.KEYS);
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", ProductionEnvironment.JDBC_URL);
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("ALUMNI_DB_SCHEMA", SCHEMA);
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", ProductionEnvironment.KEYS.resolve("publicKey.pem").toAbsolutePath().toString());
        env.put("SMALLRYE_JWT_SIGN_KEY_LOCATION", ProductionEnvironment.KEYS.resolve("privateKey.pem").toAbsolutePath().toString());
        env.put("ALUMNI_PUBLIC_API_URL", ProductionEnvironment.PUBLIC_BASE_URL);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(ProductionEnvironment.freePort()));
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(ProductionEnvironment.freePort()));
        return env;
    }

    /** Starts the packaged jar as the README does and waits for it to stop (it must not keep running). */
    private static Started start(Map<String, String> env) throws IOException, InterruptedException {
        Path log = Files.createTempFile("alumni-startup", ".log");
        Process process = launch(env, log);
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Started(0, "still running after 90 s: " + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Started(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** The packaged jar, started as the README does, with exactly {@code env} as its configuration. */
    private static Process launch(Map<String, String> env, Path log) throws IOException {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        assertThat(jar).exists();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", jar.toString()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("ALUMNI_") || k.startsWith("MP_JWT")
                || k.startsWith("SMALLRYE_"));
        builder.environment().putAll(env);
        return builder.start();
    }
}
