package app.alumni.webhook;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import app.alumni.common.VersionedEntity;

/** A receiver of HR's systems, subscribed to some event types, signing with its secret. */
@Entity
class WebhookEndpoint extends VersionedEntity {

    String url;
    String description;
    @JdbcTypeCode(SqlTypes.ARRAY)
    List<String> events = new ArrayList<>();
    boolean active;
    String secret;
    String previousSecret;
    OffsetDateTime previousSecretUntil;
    OffsetDateTime disabledAt;
    String disabledReason;
    UUID createdBy;
    UUID createdByClient;
    OffsetDateTime updatedAt;

    /** A new secret; the old one keeps signing (a second signature) until {@code overlapUntil}, so receivers can switch. */
    String rotate(OffsetDateTime overlapUntil) {
        previousSecret = secret;
        previousSecretUntil = overlapUntil;
        secret = Signatures.newSecret();
        return secret;
    }

    /** The secrets that sign now: the current one, and the previous one during a rotation's overlap. */
    List<String> signingSecrets(OffsetDateTime now) {
        return previousSecret != null && previousSecretUntil != null && previousSecretUntil.isAfter(now) ? List.of(secret, previousSecret)
                : List.of(secret);
    }
}
