package app.alumni.auth;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import app.alumni.common.Hashes;
import app.alumni.common.VersionedEntity;

/**
 * A machine client of HR's systems, which obtains access tokens with its id and secret (OAuth 2.0 client credentials).
 * Only the secret's SHA-256 is stored (a 256-bit random secret needs no slow hash); it is shown once, when created or
 * rotated. A revoked client stays listed, and can do nothing.
 */
@Entity
class ApiClient extends VersionedEntity {

    /** The prefix of every client secret, so that leaked secrets are recognisable (secret scanners, logs). */
    static final String SECRET_PREFIX = "acs_";

    String name;
    @JdbcTypeCode(SqlTypes.ARRAY)
    List<String> scopes = new ArrayList<>();
    String secretHash;
    UUID createdBy;
    OffsetDateTime secretRotatedAt;
    OffsetDateTime revokedAt;
    OffsetDateTime suspendedAt;

    /** A new secret for the client (returned once; only its hash is kept). */
    String newSecret() {
        String secret = SECRET_PREFIX + Hashes.randomToken();
        secretHash = Hashes.sha256(secret);
        return secret;
    }

    boolean revoked() {
        return revokedAt != null;
    }
}
