package app.alumni.member;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.LockModeType;

import app.alumni.common.Hashes;
import app.alumni.common.VersionedEntity;

/**
 * An invitation to join, mailed with a personal link: HR's, to a person on the roster, or a member's, to a former
 * colleague. Only the SHA-256 of the link's token is kept. It is used once (registering through it), and lapses after
 * its lifetime; {@code SENT} past {@code expiresAt} reads as {@code EXPIRED}.
 */
@Entity
public class Invitation extends VersionedEntity {

    public enum Kind {
        HR,
        MEMBER
    }

    public enum Status {
        SENT,
        ACCEPTED,
        REVOKED,
        EXPIRED
    }

    /** How long a link works. */
    public static final Duration LIFETIME = Duration.ofDays(30);

    @Enumerated(EnumType.STRING)
    public Kind kind;
    String tokenHash;
    public String email;
    public String name;
    public String message;
    public UUID rosterEntryId;
    public UUID invitedBy;
    public UUID invitedByClient;
    @Enumerated(EnumType.STRING)
    Status status;
    public OffsetDateTime sentAt;
    public OffsetDateTime expiresAt;
    public OffsetDateTime acceptedAt;
    public UUID acceptedBy;
    public OffsetDateTime revokedAt;
    public OffsetDateTime updatedAt;

    /** A new invitation with a fresh link (returned, to be mailed); not yet persisted. */
    public static Invitation create(Kind kind, String email, Actor inviter, OffsetDateTime now) {
        Invitation i = new Invitation();
        i.kind = kind;
        i.email = email.strip();
        // No inviter: sent by the service itself (to a leaver the identity provider reported).
        i.invitedBy = inviter == null ? null : inviter.memberId();
        i.invitedByClient = inviter == null ? null : inviter.clientId();
        i.createdAt = now;
        i.status = Status.SENT;
        return i;
    }

    /** A new link: the earlier one stops working, and the invitation runs for its whole lifetime again. */
    public String newLink(OffsetDateTime now) {
        String token = Hashes.randomToken();
        tokenHash = Hashes.sha256(token);
        status = Status.SENT;
        sentAt = now;
        expiresAt = now.plus(LIFETIME);
        updatedAt = now;
        return token;
    }

    /** The status as of {@code now}: a sent invitation past its expiry is expired. */
    public Status status(OffsetDateTime now) {
        return status == Status.SENT && !expiresAt.isAfter(now) ? Status.EXPIRED : status;
    }

    public void revoke(OffsetDateTime now) {
        status = Status.REVOKED;
        revokedAt = now;
        updatedAt = now;
    }

    /**
     * Marks the addresses' lapsed live invitations of this kind (and inviter) expired, in one statement, so that the
     * addresses can be invited again under the unique index of live invitations.
     */
    public static void expireLapsed(Kind kind, UUID invitedBy, Collection<String> emails, OffsetDateTime now) {
        if (emails.isEmpty()) {
            return;
        }
        String who = kind == Kind.MEMBER ? " and invitedBy = :by" : "";
        Map<String, Object> params = new HashMap<>();
        params.put("kind", kind);
        params.put("emails", emails.stream().map(e -> e.strip().toLowerCase(Locale.ROOT)).distinct().toList());
        params.put("now", now);
        if (kind == Kind.MEMBER) {
            params.put("by", invitedBy);
        }
        params.put("expired", Status.EXPIRED);
        params.put("sent", Status.SENT);
        update("status = :expired, updatedAt = :now where kind = :kind and lower(email) in :emails and status = :sent"
                + " and expiresAt <= :now" + who, params);
    }

    /** The invitation of a link, locked for the caller's transaction; null when the token is unknown. */
    static Invitation lockedByToken(String token) {
        return token == null ? null
                : Invitation.<Invitation>find("tokenHash", Hashes.sha256(token)).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** The invitation of a link, to show what it prefills; null when unknown. */
    public static Invitation byToken(String token) {
        return find("tokenHash", Hashes.sha256(token)).firstResult();
    }

    /** Registering through it used it up. */
    void accept(UUID memberId, OffsetDateTime now) {
        status = Status.ACCEPTED;
        acceptedAt = now;
        acceptedBy = memberId;
        updatedAt = now;
    }
}
