package app.alumni.event;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
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

    private final EventQueries queries;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    CalendarFeeds(EventQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** The member's token, created on first use. */
    @Transactional
    String tokenOf(UUID memberId) {
        queries.createCalendarFeed(memberId, newToken(), Times.now(clock));
        return CalendarFeed.tokenOf(memberId);
    }

    @Transactional
    String rotate(UUID memberId) {
        String token = newToken();
        queries.replaceCalendarFeed(memberId, token, Times.now(clock));
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
