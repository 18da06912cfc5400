package app.alumni.auth;

import java.util.UUID;

import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/** The sign-in a request's access token belongs to (its {@code sid} claim). */
final class Sessions {

    private Sessions() {
    }

    static UUID of(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            UUID session = of(jwt);
            if (session != null) {
                return session;
            }
        }
        throw new IllegalStateException("not a signed-in request");
    }

    /** The token's session id, or null when it has none or it is not an id. */
    static UUID of(JsonWebToken jwt) {
        Object claim = jwt.getClaim(TokenService.SESSION_CLAIM);
        String value = claim instanceof JsonString json ? json.getString() : claim == null ? null : claim.toString();
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
