package app.alumni.event;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import app.alumni.common.Times;
import app.alumni.member.Member;
import app.alumni.member.MemberStatus;

/**
 * Each member's secret calendar subscription token. Calendar apps poll without a bearer token, so the URL itself is
 * the credential: 256 random bits, replaceable at any time (the old URL stops working at once).
 */
@ApplicationScoped
class CalendarFeeds {

    private final EntityManager em;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    CalendarFeeds(EntityManager em, Clock clock) {
        this.clock = clock;
        this.em = em;
    }

    /** The member's token, created on first use. */
    @Transactional
    String tokenOf(UUID memberId) {
        em.createNativeQuery("insert into calendar_feed (member_id, token, created_at) values (:member, :token, :now) on conflict (member_id) do nothing")
                .setParameter("member", memberId).setParameter("token", newToken()).setParameter("now", Times.now(clock)).executeUpdate();
        return CalendarFeed.tokenOf(memberId);
    }

    @Transactional
    String rotate(UUID memberId) {
        String token = newToken();
        em.createNativeQuery("""
                insert into calendar_feed (member_id, token, created_at) values (:member, :token, :now)
                on conflict (member_id) do update set token = excluded.token, created_at = excluded.created_at""")
                .setParameter("member", memberId).setParameter("token", token).setParameter("now", Times.now(clock)).executeUpdate();
        return token;
    }

    /** The active member a token belongs to. */
    @Transactional
    Optional<UUID> memberOf(String token) {
        return CalendarFeed.memberOf(token)
                .filter(id -> {
                    Member m = Member.findById(id);
                    return m != null && m.status == MemberStatus.ACTIVE;
                });
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
