package app.alumni.post;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.alumni.common.Times;
import app.alumni.member.Caller;
import app.alumni.member.Notice;
import app.alumni.member.NoticeType;
import app.alumni.member.Notices;
import app.alumni.member.Recipients;
import app.alumni.post.PostViews.ReactionCounts;
import app.alumni.post.PostViews.ReactionSummary;

/**
 * Reactions are idempotent: the primary key lets a reaction exist once, and a counter moves only when a row was
 * really inserted or deleted, in the same transaction, so counts stay exact under any concurrency.
 */
@ApplicationScoped
public class ReactionService {

    private final PostQueries queries;
    private final Notices notices;
    private final Clock clock;

    ReactionService(PostQueries queries, Notices notices, Clock clock) {
        this.queries = queries;
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional
    ReactionSummary add(UUID postId, Caller caller, ReactionType type) {
        UUID memberId = caller.id();
        Post post = PostService.listed(postId, caller);
        if (queries.addReaction(postId, memberId, type, Times.now(clock))) {
            Post.countReactions(postId, type, 1);
            if (post.authorId != null) {
                notices.fire(new Notice(NoticeType.POST_REACTED, memberId, post.asSubject(), Recipients.member(post.authorId)));
            }
        }
        return summary(postId, memberId);
    }

    @Transactional
    ReactionSummary remove(UUID postId, Caller caller, ReactionType type) {
        UUID memberId = caller.id();
        PostService.listed(postId, caller);
        if (PostReaction.remove(postId, memberId, type)) {
            Post.countReactions(postId, type, -1);
        }
        return summary(postId, memberId);
    }

    private static ReactionSummary summary(UUID postId, UUID memberId) {
        return new ReactionSummary(ReactionCounts.of(Post.reactionCountersOf(postId).byType()),
                PostReaction.mine(memberId, List.of(postId)).getOrDefault(postId, EnumSet.noneOf(ReactionType.class)));
    }
}
