package app.alumni.post;

import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import app.alumni.common.Times;
import app.alumni.post.PostViews.ReactionCounts;
import app.alumni.post.PostViews.ReactionSummary;

/**
 * Reactions are idempotent: the primary key lets a reaction exist once, and a counter moves only when a row was
 * really inserted or deleted, in the same transaction, so counts stay exact under any concurrency.
 */
@ApplicationScoped
public class ReactionService {

    private final EntityManager em;
    private final FeedService feed;
    private final Clock clock;

    ReactionService(EntityManager em, FeedService feed, Clock clock) {
        this.clock = clock;
        this.em = em;
        this.feed = feed;
    }

    @Transactional
    ReactionSummary add(UUID postId, UUID memberId, ReactionType type) {
        PostService.listed(postId, LockModeType.NONE);
        int inserted = em.createNativeQuery("insert into post_reaction (post_id, member_id, type, created_at) values (:post, :member, :type, :now)"
                + " on conflict do nothing")
                .setParameter("post", postId).setParameter("member", memberId).setParameter("type", type.name()).setParameter("now", Times.now(clock))
                .executeUpdate();
        if (inserted == 1) {
            bump(postId, type, "+ 1");
        }
        return summary(postId, memberId);
    }

    @Transactional
    ReactionSummary remove(UUID postId, UUID memberId, ReactionType type) {
        PostService.listed(postId, LockModeType.NONE);
        int deleted = em.createNativeQuery("delete from post_reaction where post_id = :post and member_id = :member and type = :type")
                .setParameter("post", postId).setParameter("member", memberId).setParameter("type", type.name())
                .executeUpdate();
        if (deleted == 1) {
            bump(postId, type, "- 1");
        }
        return summary(postId, memberId);
    }

    private void bump(UUID postId, ReactionType type, String delta) {
        // The column and delta are constants of this class, never user input.
        em.createNativeQuery("update post set " + type.column() + " = " + type.column() + " " + delta + " where id = :post")
                .setParameter("post", postId).executeUpdate();
    }

    private ReactionSummary summary(UUID postId, UUID memberId) {
        // Read in SQL: the counters were just moved in SQL, and the post may be in this session with older values.
        Tuple row = (Tuple) em.createNativeQuery("select like_count, celebrate_count, insightful_count, support_count from post where id = :post",
                Tuple.class).setParameter("post", postId).getSingleResult();
        Map<ReactionType, Integer> counts = new EnumMap<>(ReactionType.class);
        for (ReactionType type : ReactionType.values()) {
            counts.put(type, row.get(type.column(), Number.class).intValue());
        }
        return new ReactionSummary(ReactionCounts.of(counts),
                feed.myReactions(memberId, List.of(postId)).getOrDefault(postId, EnumSet.noneOf(ReactionType.class)));
    }
}
