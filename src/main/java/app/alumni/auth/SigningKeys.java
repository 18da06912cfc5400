package app.alumni.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwk.RsaJsonWebKey;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Startup;
import io.smallrye.jwt.util.KeyUtils;
import io.smallrye.jwt.util.ResourceUtils;

/**
 * The public half of the token signing key, its key id, and the production rule that keys must be configured.
 * Keys are PEM, given either by location (a file path, a {@code file:} or a {@code classpath:} location, read the way
 * SmallRye JWT reads them) or inline (for platforms that inject secrets as variables). In dev and test, Quarkus
 * generates a key pair and provides it inline. Created at start, so that a missing or unreadable key stops the service
 * instead of its first sign-in.
 */
@Startup
@ApplicationScoped
public class SigningKeys {

    /** A configured key: where it is, or the PEM text itself. */
    record KeySource(Optional<String> location, Optional<String> inline) {

        KeySource {
            // "NONE" is how Quarkus marks a key that is deliberately not set.
            location = location.filter(s -> !s.isBlank() && !"NONE".equals(s));
            inline = inline.filter(s -> !s.isBlank() && !"NONE".equals(s));
        }

        boolean isConfigured() {
            return location.isPresent() || inline.isPresent();
        }

        /** The PEM text, read from the location when there is one. */
        String read(String what) {
            if (inline.isPresent() && location.isEmpty()) {
                return inline.get();
            }
            String content;
            try {
                content = ResourceUtils.readResource(location.orElseThrow());
            } catch (IOException e) {
                throw new IllegalStateException("The " + what + " cannot be read from " + location.get() + ": " + e.getMessage(), e);
            }
            if (content == null || content.isBlank()) {
                throw new IllegalStateException("The " + what + " is not found at " + location.get()
                        + " (a file path, file: or classpath: location)");
            }
            return content;
        }
    }

    private final RSAPublicKey publicKey;
    private final String keyId;

    @Inject
    SigningKeys(@ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> publicKeyLocation,
            @ConfigProperty(name = "mp.jwt.verify.publickey") Optional<String> publicKeyValue,
            @ConfigProperty(name = "smallrye.jwt.sign.key.location") Optional<String> signKeyLocation,
            @ConfigProperty(name = "smallrye.jwt.sign.key") Optional<String> signKeyValue) {
        this(LaunchMode.current(), new KeySource(publicKeyLocation, publicKeyValue), new KeySource(signKeyLocation, signKeyValue));
    }

    SigningKeys(LaunchMode mode, KeySource verification, KeySource signing) {
        requireConfiguredKeys(mode, verification, signing);
        PublicKey key;
        try {
            key = KeyUtils.decodePublicKey(verification.read("token verification key (mp.jwt.verify.publickey)"));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("The token verification key is not a PEM RSA public key: " + e.getMessage(), e);
        }
        if (!(key instanceof RSAPublicKey rsa)) {
            throw new IllegalStateException("The token verification key must be an RSA public key (RS256)");
        }
        this.publicKey = rsa;
        if (signing.isConfigured()) {
            requireMatchingPair(rsa, signing);
        }
        this.keyId = new RsaJsonWebKey(rsa).calculateBase64urlEncodedThumbprint("SHA-256");
    }

    /** Production (NORMAL launch mode) refuses to start unless both keys are configured, by location or inline. */
    static void requireConfiguredKeys(LaunchMode mode, KeySource verification, KeySource signing) {
        if (mode == LaunchMode.NORMAL && (!verification.isConfigured() || !signing.isConfigured())) {
            throw new IllegalStateException("Token signing keys are not configured: set MP_JWT_VERIFY_PUBLICKEY_LOCATION and "
                    + "SMALLRYE_JWT_SIGN_KEY_LOCATION to PEM files (or MP_JWT_VERIFY_PUBLICKEY and SMALLRYE_JWT_SIGN_KEY to the PEM text)");
        }
        if (!verification.isConfigured()) {
            throw new IllegalStateException("No token verification key: set MP_JWT_VERIFY_PUBLICKEY_LOCATION");
        }
    }

    /** A private key that does not belong to the public key would issue tokens nobody accepts: refuse to start. */
    private static void requireMatchingPair(RSAPublicKey publicKey, KeySource signing) {
        try {
            PrivateKey privateKey = KeyUtils.decodePrivateKey(signing.read("token signing key (smallrye.jwt.sign.key)"));
            byte[] probe = "alumni-api key pair check".getBytes(StandardCharsets.US_ASCII);
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(privateKey);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(publicKey);
            verifier.update(probe);
            if (!verifier.verify(signature)) {
                throw new IllegalStateException("The token signing key does not belong to the verification key: configure the two halves "
                        + "of one pair");
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The token signing key is not a PEM (PKCS#8) RSA private key: " + e.getMessage(), e);
        }
    }

    public RSAPublicKey publicKey() {
        return publicKey;
    }

    /** RFC 7638 thumbprint of the public key; the {@code kid} header of every token, and the only one accepted. */
    public String keyId() {
        return keyId;
    }
}
