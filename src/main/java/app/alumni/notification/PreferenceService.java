package app.alumni.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.alumni.common.ETags;
import app.alumni.common.Times;
import app.alumni.member.Member;
import app.alumni.member.NoticeType;
import app.alumni.notification.NotificationPreference.Choice;
import app.alumni.notification.PreferenceViews.Preferences;

/** A member's notification preferences, with the member's language, read and replaced as one document. */
@ApplicationScoped
class PreferenceService {

    private final Clock clock;

    PreferenceService(Clock clock) {
        this.clock = clock;
    }

    /** The version clients see: 0 while the member has the defaults, then the stored version plus one. */
    static long tagged(NotificationPreference p) {
        return p.isPersistent() ? p.version + 1 : 0;
    }

    /** The preferences and their version. */
    record Versioned(Preferences preferences, long version) {
    }

    @Transactional
    Versioned get(UUID memberId) {
        Member m = Member.findById(memberId);
        NotificationPreference p = NotificationPreference.of(memberId);
        return new Versioned(Preferences.of(m.preferredLanguage, p), tagged(p));
    }

    /** Replaces them; types left out return to their defaults. {@code If-Match} is honoured (412 when stale). */
    @Transactional
    Versioned replace(UUID memberId, Preferences wanted, String ifMatch) {
        Member m = Member.lockedById(memberId);
        NotificationPreference p = NotificationPreference.of(memberId);
        ETags.check(ifMatch, tagged(p));
        OffsetDateTime now = Times.now(clock);
        Map<NoticeType, Choice> settings = new EnumMap<>(NoticeType.class);
        if (wanted.types() != null) {
            wanted.types().forEach((type, c) -> {
                Choice choice = new Choice(c.inApp(), c.email());
                if (!choice.equals(new Choice(true, type.defaultMailing()))) {
                    settings.put(type, choice);
                }
            });
        }
        p.settings = settings;
        p.digest = wanted.digest();
        p.updatedAt = now;
        if (!p.isPersistent()) {
            p.persist();
        }
        if (!wanted.language().equals(m.preferredLanguage)) {
            m.preferredLanguage = wanted.language();
            m.touch(now);
        }
        NotificationPreference.flush();
        return new Versioned(Preferences.of(m.preferredLanguage, p), tagged(p));
    }

    /** One-click unsubscribe: this kind of e-mail off for the member (the digest, or one type). */
    @Transactional
    void unsubscribe(UUID memberId, String kind) {
        Member.lockedById(memberId);
        NotificationPreference p = NotificationPreference.of(memberId);
        if (Unsubscribes.DIGEST.equals(kind)) {
            p.digest = NotificationPreference.Digest.OFF;
        } else {
            NoticeType type = NoticeType.valueOf(kind);
            p.settings.put(type, new Choice(p.choice(type).inApp(), NoticeType.Mailing.OFF));
        }
        p.updatedAt = Times.now(clock);
        if (!p.isPersistent()) {
            p.persist();
        }
    }
}
