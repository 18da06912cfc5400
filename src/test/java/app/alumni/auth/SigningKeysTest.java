package app.alumni.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.alumni.auth.SigningKeys.KeySource;
import io.quarkus.runtime.LaunchMode;

/** Keys come from files (plain paths and file: locations), the classpath, or inline PEM text, as in SmallRye JWT. */
class SigningKeysTest {

    private static final KeySource NONE = new KeySource(Optional.empty(), Optional.empty());

    @TempDir
    Path dir;

    @Test
    void productionRefusesToStartWithoutConfiguredKeys() {
        assertThatThrownBy(() -> SigningKeys.requireConfiguredKeys(LaunchMode.NORMAL, NONE, NONE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
        assertThatThrownBy(() -> SigningKeys.requireConfiguredKeys(LaunchMode.NORMAL, location("/keys/public.pem"), NONE))
                .isInstanceOf(IllegalStateException.class);
        assertThatCode(() -> SigningKeys.requireConfiguredKeys(LaunchMode.NORMAL, location("/keys/public.pem"),
                location("/keys/private.pem")))
                .doesNotThrowAnyException();
        assertThatCode(() -> SigningKeys.requireConfiguredKeys(LaunchMode.NORMAL, inline("-----BEGIN PUBLIC KEY-----"), inline("x")))
                .doesNotThrowAnyException();
    }

    @Test
    void readsKeysFromPlainPathsFileLocationsAndInlineText() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        Path publicPem = write("publicKey.pem", pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        Path privatePem = write("privateKey.pem", pem("PRIVATE KEY", pair.getPrivate().getEncoded()));

        SigningKeys plain = new SigningKeys(LaunchMode.NORMAL, location(publicPem.toString()), location(privatePem.toString()));
        SigningKeys file = new SigningKeys(LaunchMode.NORMAL, location("file:" + publicPem), location("file:" + privatePem));
        SigningKeys inline = new SigningKeys(LaunchMode.NORMAL, inline(Files.readString(publicPem)), inline(Files.readString(privatePem)));

        assertThat(plain.publicKey()).isEqualTo(pair.getPublic());
        assertThat(file.keyId()).isEqualTo(plain.keyId());
        assertThat(inline.keyId()).isEqualTo(plain.keyId());
    }

    @Test
    void refusesMissingFilesAndKeysOfDifferentPairs() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        KeyPair other = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        Path publicPem = write("publicKey.pem", pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        Path otherPrivate = write("other.pem", pem("PRIVATE KEY", other.getPrivate().getEncoded()));

        assertThatThrownBy(() -> new SigningKeys(LaunchMode.NORMAL, location(dir.resolve("missing.pem").toString()),
                location(otherPrivate.toString())))
                .hasMessageContaining("missing.pem");
        assertThatThrownBy(() -> new SigningKeys(LaunchMode.NORMAL, location(publicPem.toString()), location(otherPrivate.toString())))
                .hasMessageContaining("does not belong to the verification key");
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.US_ASCII);
    }

    private static KeySource location(String location) {
        return new KeySource(Optional.of(location), Optional.empty());
    }

    private static KeySource inline(String pem) {
        return new KeySource(Optional.empty(), Optional.of(pem));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(der) + "\n-----END " + type
                + "-----\n";
    }
}
