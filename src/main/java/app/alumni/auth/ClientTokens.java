package app.alumni.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.jwt.JsonWebToken;

import app.alumni.auth.ClientTokenDtos.ClientTokenResponse;
import app.alumni.common.Hashes;
import io.smallrye.jwt.build.Jwt;

/**
 * Access tokens for machine clients (OAuth 2.0 client credentials, RFC 6749 §4.4), in the shape of RFC 9068: {@code sub}
 * and {@code client_id} are the client's id, {@code scope} what it was granted. A token also carries its client's
 * credential stamp ({@value #STAMP_CLAIM}), so that rotating the secret ends the tokens obtained with the old one.
 */
@ApplicationScoped
class ClientTokens {

    static final String CLIENT_ID_CLAIM = "client_id";
    static final String SCOPE_CLAIM = "scope";
    /** When the client's current secret was set (epoch milliseconds). */
    static final String STAMP_CLAIM = "cst";

    private final AuthConfig config;
    private final SigningKeys keys;
    private final LoginThrottle throttle;
    private final Clock clock;

    ClientTokens(AuthConfig config, SigningKeys keys, LoginThrottle throttle, Clock clock) {
        this.config = config;
        this.keys = keys;
        this.throttle = throttle;
        this.clock = clock;
    }

    /**
     * Authenticates the client and issues a token for the scopes asked for (all of the client's when none are). The
     * attempt is counted against the sign-in budgets of the client and the caller's address before the secret is checked.
     */
    ClientTokenResponse issue(String clientId, String secret, String requestedScope, String clientAddress) {
        LoginThrottle.Attempt attempt = throttle.attempt("client:" + clientId, clientAddress);
        long wait = throttle.spend(attempt);
        if (wait > 0) {
            throw OAuthError.slowDown(wait);
        }
        ApiClient client = authenticate(clientId, secret).orElseThrow(OAuthError::invalidClient);
        throttle.succeeded(attempt);
        Set<String> granted = granted(client, requestedScope);
        Instant issuedAt = clock.instant();
        long lifespan = config.clientTokenLifespan().toSeconds();
        String scope = String.join(" ", granted);
        String token = Jwt.issuer(config.issuer())
                .audience(config.audience())
                .subject(client.id.toString())
                .issuedAt(issuedAt)
                .expiresAt(issuedAt.plusSeconds(lifespan))
                .claim("jti", UUID.randomUUID().toString())
                .claim(CLIENT_ID_CLAIM, client.id.toString())
                .claim(SCOPE_CLAIM, scope)
                .claim(STAMP_CLAIM, stamp(client))
                .jws()
                .keyId(keys.keyId())
                .sign();
        return new ClientTokenResponse(token, "Bearer", lifespan, scope);
    }

    /** The client, when it exists, is not revoked and the secret is its current one. */
    @Transactional
    Optional<ApiClient> authenticate(String clientId, String secret) {
        UUID id;
        try {
            id = UUID.fromString(clientId);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Optional<ApiClient> found = ApiClient.findByIdOptional(id);
        // Compared in constant time, so the answer's timing tells nothing about the stored hash.
        byte[] presented = Hashes.sha256(secret).getBytes(StandardCharsets.US_ASCII);
        byte[] stored = found.map(c -> c.secretHash).orElse("").getBytes(StandardCharsets.US_ASCII);
        boolean matches = MessageDigest.isEqual(presented, stored);
        return found.filter(c -> matches && !c.revoked() && c.suspendedAt == null);
    }

    private static Set<String> granted(ApiClient client, String requestedScope) {
        if (requestedScope == null || requestedScope.isBlank()) {
            return new LinkedHashSet<>(client.scopes);
        }
        Set<String> granted = new LinkedHashSet<>();
        for (String scope : requestedScope.strip().split(" +")) {
            if (!client.scopes.contains(scope)) {
                throw OAuthError.invalidScope(scope);
            }
            granted.add(scope);
        }
        return granted;
    }

    /** The moment the client's current secret was set: a token with another stamp was obtained with an older secret. */
    static String stamp(ApiClient client) {
        OffsetDateTime set = client.secretRotatedAt != null ? client.secretRotatedAt : client.createdAt;
        return Long.toString(set.toInstant().toEpochMilli());
    }

    /** A string claim's value (SmallRye JWT hands custom claims over as JSON values). */
    static String text(JsonWebToken jwt, String claim) {
        Object value = jwt.getClaim(claim);
        return value instanceof JsonString json ? json.getString() : value == null ? null : value.toString();
    }

    /** The scopes of a token's {@value #SCOPE_CLAIM} claim. */
    static List<String> scopesOf(String claim) {
        return claim == null || claim.isBlank() ? List.of() : List.of(claim.strip().split(" +"));
    }
}
