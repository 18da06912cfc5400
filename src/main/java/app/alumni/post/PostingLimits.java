package app.alumni.post;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import app.alumni.common.ProblemException;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How much one member may write per minute. Counted from the rows themselves under a per-member advisory lock,
 * so concurrent posts of one member cannot slip past the limit.
 */
@ApplicationScoped
class PostingLimits {

    @ConfigMapping(prefix = "alumni.posting")
    interface PostingConfig {
        @WithDefault("10")
        int maxPostsPerMinute();

        @WithDefault("30")
        int maxCommentsPerMinute();
    }

    private final EntityManager em;
    private final PostingConfig config;

    PostingLimits(EntityManager em, PostingConfig config) {
        this.em = em;
        this.config = config;
    }

    /** Within the caller's transaction: fails with 429 when the member already wrote their budget of posts this minute. */
    void checkPost(UUID memberId) {
        check(memberId, "post", config.maxPostsPerMinute());
    }

    void checkComment(UUID memberId) {
        check(memberId, "post_comment", config.maxCommentsPerMinute());
    }

    private void check(UUID memberId, String table, int max) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(:key))")
                .setParameter("key", table + ":" + memberId)
                .getSingleResult();
        Object[] row = (Object[]) em.createNativeQuery("select count(*), coalesce(ceil(extract(epoch from min(created_at) + interval '1 minute' - now())), 0)"
                + " from " + table + " where author_id = :member and created_at > now() - interval '1 minute'")
                .setParameter("member", memberId)
                .getSingleResult();
        long count = ((Number) row[0]).longValue();
        if (count >= max) {
            throw ProblemException.tooManyRequests(Math.max(1, ((Number) row[1]).longValue()));
        }
    }
}
