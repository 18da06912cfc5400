package app.alumni.member;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;

import app.alumni.common.Hashes;
import app.alumni.common.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A single-use secret mailed to a member. Only its SHA-256 is stored; a new token of a purpose retires the member's
 * earlier ones, and redeeming one locks its row, so two concurrent uses of one link cannot both succeed.
 */
@Entity
public class AccountToken extends PanacheEntityBase {

    public enum Purpose {
        VERIFY_EMAIL,
        CHANGE_EMAIL,
        RESET_PASSWORD
    }

    /** Why a token cannot be redeemed. */
    public enum Refusal {
        /** Unknown, already used, of another purpose, or retired by a newer one. */
        INVALID,
        EXPIRED;

        /** 400 on the request's {@code token} field. */
        public ProblemException problem() {
            return ProblemException.invalid("token", this == EXPIRED ? "validation.token.expired" : "validation.token.invalid");
        }
    }

    @Id
    String tokenHash;
    public UUID memberId;
    @Enumerated(EnumType.STRING)
    public Purpose purpose;
    public String newEmail;
    OffsetDateTime createdAt;
    OffsetDateTime expiresAt;
    OffsetDateTime usedAt;

    /** A new token (returned, to be mailed); the member's unused tokens of the same purpose stop working. */
    public static String issue(UUID memberId, Purpose purpose, String newEmail, Duration lifetime, OffsetDateTime now) {
        update("usedAt = ?1 where memberId = ?2 and purpose = ?3 and usedAt is null", now, memberId, purpose);
        String token = Hashes.randomToken();
        AccountToken row = new AccountToken();
        row.tokenHash = Hashes.sha256(token);
        row.memberId = memberId;
        row.purpose = purpose;
        row.newEmail = newEmail;
        row.createdAt = now;
        row.expiresAt = now.plus(lifetime);
        row.persist();
        return token;
    }

    /** How many tokens of a purpose the member was sent since {@code since} (a mail budget). */
    public static long issuedSince(UUID memberId, Purpose purpose, OffsetDateTime since) {
        return count("memberId = ?1 and purpose = ?2 and createdAt > ?3", memberId, purpose, since);
    }

    /**
     * Uses up a token of one of these purposes, within the caller's transaction (a rollback gives it back). The result is the
     * token, or the refusal.
     */
    public static Redemption redeem(String token, Set<Purpose> purposes, OffsetDateTime now) {
        AccountToken row = token == null ? null
                : AccountToken.<AccountToken>findByIdOptional(Hashes.sha256(token), LockModeType.PESSIMISTIC_WRITE).orElse(null);
        if (row == null || !purposes.contains(row.purpose) || row.usedAt != null) {
            return new Redemption(Optional.empty(), Refusal.INVALID);
        }
        if (!row.expiresAt.isAfter(now)) {
            return new Redemption(Optional.empty(), Refusal.EXPIRED);
        }
        row.usedAt = now;
        return new Redemption(Optional.of(row), null);
    }

    /** What {@link #redeem} found: the token, or why not. */
    public record Redemption(Optional<AccountToken> token, Refusal refusal) {
    }
}
