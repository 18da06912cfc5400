package app.alumni.production;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * What an operator prepares before starting the packaged service, done the way the README says: a key pair in PEM
 * files (made with the README's {@code openssl} commands when openssl is installed) and an empty database schema.
 * The service itself is configured only through the documented environment variables, which the failsafe
 * configuration in {@code pom.xml} passes as {@code quarkus.test.env.*}; this class only reserves the management
 * port, which (like the HTTP port) the test harness must know.
 */
public class ProductionEnvironment implements QuarkusTestResourceLifecycleManager {

    public static final String SCHEMA = "alumni_it";
    public static final String JDBC_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    public static final String ADMIN_EMAIL = "hr-admin@example.org";
    public static final String ADMIN_PASSWORD = "it-admin-password-2026";
    public static final String PUBLIC_BASE_URL = "https://alumni.example.org";
    public static final String WEB_APP_URL = "https://app.example.org";
    /** Where the keys are written; the same paths the failsafe configuration hands to the service. */
    public static final Path KEYS = Path.of("target", "it-keys");

    private static volatile int managementPort;

    /** The port of the management interface (health, metrics, OpenAPI document, Swagger UI). */
    public static int managementPort() {
        return managementPort;
    }

    @Override
    public Map<String, String> start() {
        writeKeyPair(KEYS);
        resetSchema(SCHEMA);
        managementPort = freePort();
        return Map.of("quarkus.management.port", Integer.toString(managementPort));
    }

    @Override
    public void stop() {
        // The schema stays for inspection after a failed run; the next run starts from an empty one.
    }

    static void writeKeyPair(Path dir) {
        try {
            Files.createDirectories(dir);
            Path privateKey = dir.resolve("privateKey.pem");
            Path publicKey = dir.resolve("publicKey.pem");
            if (!withOpenssl(privateKey, publicKey)) {
                KeyPair pair = KeyPairGenerator.getInstance("RSA").generateKeyPair();
                Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
                Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The README's commands, when openssl is installed. */
    private static boolean withOpenssl(Path privateKey, Path publicKey) {
        try {
            return run("openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", privateKey.toString())
                    && run("openssl", "pkey", "-in", privateKey.toString(), "-pubout", "-out", publicKey.toString());
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean run(String... command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    static void resetSchema(String schema) {
        try (Connection c = DriverManager.getConnection(JDBC_URL, "postgres", null); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL must run at 127.0.0.1:5432 for the integration tests", e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
