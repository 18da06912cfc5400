package app.alumni.notification;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import app.alumni.member.NoticeType;
import app.alumni.member.NoticeType.Mailing;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A member's choices per notification type (in the app or not; mailed at once, in the digest or not at all) and the
 * rhythm of their digest. Only what differs from the defaults is stored, as JSON the fan-out reads in SQL; a member
 * without a row has the defaults.
 */
@Entity
class NotificationPreference extends PanacheEntityBase {

    @Schema(name = "DigestFrequency", description = "How often the digest is mailed.")
    enum Digest {
        DAILY,
        WEEKLY,
        OFF
    }

    /** One type's choice as stored. */
    record Choice(boolean inApp, Mailing email) {
    }

    @Id
    UUID memberId;
    @JdbcTypeCode(SqlTypes.JSON)
    Map<NoticeType, Choice> settings = new HashMap<>();
    @Enumerated(EnumType.STRING)
    Digest digest = Digest.WEEKLY;
    OffsetDateTime lastDigestAt;
    OffsetDateTime updatedAt;
    @Version
    long version;

    /** The member's row, or a new one with the defaults (not yet persisted). */
    static NotificationPreference of(UUID memberId) {
        NotificationPreference p = findById(memberId);
        if (p == null) {
            p = new NotificationPreference();
            p.memberId = memberId;
        }
        return p;
    }

    Choice choice(NoticeType type) {
        return settings.getOrDefault(type, new Choice(true, type.defaultMailing()));
    }
}
