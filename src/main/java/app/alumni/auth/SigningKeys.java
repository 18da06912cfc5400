package app.alumni.auth;

import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwk.RsaJsonWebKey;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.util.KeyUtils;

/**
 * The public half of the token signing key, its key id, and the production rule that keys must be configured.
 * In dev and test, Quarkus generates a key pair and provides it as {@code mp.jwt.verify.publickey}.
 */
@ApplicationScoped
public class SigningKeys {

    private final RSAPublicKey publicKey;
    private final String keyId;

    SigningKeys(@ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> publicKeyLocation,
            @ConfigProperty(name = "mp.jwt.verify.publickey") Optional<String> publicKeyValue,
            @ConfigProperty(name = "smallrye.jwt.sign.key.location") Optional<String> signKeyLocation) {
        requireConfiguredKeys(LaunchMode.current(), publicKeyLocation, signKeyLocation);
        try {
            PublicKey key = publicKeyLocation.isPresent()
                    ? KeyUtils.readPublicKey(publicKeyLocation.get())
                    : KeyUtils.decodePublicKey(publicKeyValue.orElseThrow(() -> new IllegalStateException(
                            "No token verification key: set mp.jwt.verify.publickey.location")));
            this.publicKey = (RSAPublicKey) key;
            this.keyId = new RsaJsonWebKey(publicKey).calculateBase64urlEncodedThumbprint("SHA-256");
        } catch (java.io.IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("The token verification key cannot be read", e);
        }
    }

    /** Production (NORMAL launch mode) refuses to start unless both PEM locations are configured. */
    static void requireConfiguredKeys(LaunchMode mode, Optional<String> publicKeyLocation, Optional<String> signKeyLocation) {
        if (mode == LaunchMode.NORMAL && (publicKeyLocation.isEmpty() || signKeyLocation.isEmpty())) {
            throw new IllegalStateException("Token signing keys are not configured: set mp.jwt.verify.publickey.location and "
                    + "smallrye.jwt.sign.key.location (MP_JWT_VERIFY_PUBLICKEY_LOCATION, SMALLRYE_JWT_SIGN_KEY_LOCATION)");
        }
    }

    /** Reads the keys at start, so a missing or unreadable key stops the service instead of its first sign-in. */
    void onStart(@Observes StartupEvent event) {
        keyId();
    }

    public RSAPublicKey publicKey() {
        return publicKey;
    }

    /** RFC 7638 thumbprint of the public key; the {@code kid} header of every token. */
    public String keyId() {
        return keyId;
    }
}
