package app.alumni.auth;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A refresh token, stored only as its SHA-256. A family is one sign-in and all its rotations. */
@Entity
class RefreshToken extends PanacheEntityBase {

    @Id
    UUID id;
    UUID memberId;
    UUID familyId;
    String tokenHash;
    OffsetDateTime issuedAt;
    OffsetDateTime expiresAt;
    OffsetDateTime usedAt;
    OffsetDateTime revokedAt;

    /** The token with this hash, locked so that two concurrent rotations of it are serialised. */
    static RefreshToken lockByHash(String hash) {
        return find("tokenHash", hash).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    static int revokeFamily(UUID familyId, OffsetDateTime now) {
        return update("revokedAt = ?1 where familyId = ?2 and revokedAt is null", now, familyId);
    }

    static int revokeAllOf(UUID memberId, OffsetDateTime now) {
        return update("revokedAt = ?1 where memberId = ?2 and revokedAt is null", now, memberId);
    }

    static int revokeAllOfExcept(UUID memberId, UUID keptFamilyId, OffsetDateTime now) {
        return update("revokedAt = ?1 where memberId = ?2 and familyId <> ?3 and revokedAt is null", now, memberId, keptFamilyId);
    }
}
