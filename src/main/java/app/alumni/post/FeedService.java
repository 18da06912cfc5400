package app.alumni.post;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import app.alumni.common.Page;
import app.alumni.common.ReadOnly;
import app.alumni.common.Times;
import app.alumni.member.Caller;
import app.alumni.member.GroupAccess;
import app.alumni.member.MemberCard;
import app.alumni.member.Organisation;
import app.alumni.post.PostViews.AuthorSummary;
import app.alumni.post.PostViews.ModerationState;
import app.alumni.post.PostViews.PostView;
import app.alumni.post.PostViews.ReactionCounts;

/**
 * Reading the feed. A page costs a fixed number of statements whatever its size: the pinned announcements (first
 * page only), the page, its authors, and the caller's own reactions to it.
 */
@ApplicationScoped
public class FeedService {

    static final int MAX_PINNED = 5;

    private final EntityManager em;
    private final PostQueries queries;
    private final Organisation organisation;
    private final Clock clock;

    FeedService(EntityManager em, PostQueries queries, Organisation organisation, Clock clock) {
        this.organisation = organisation;
        this.em = em;
        this.queries = queries;
        this.clock = clock;
    }

    @Transactional
    Page<PostView> page(FeedFilter filter, int limit, String cursor, Caller viewer) {
        ReadOnly.reads(em);
        List<Post> pinned = cursor == null && filter.groupId() == null ? queries.feed(filter, MAX_PINNED, null, true, Times.now(clock),
                viewer) : List.of();
        List<Post> rows = queries.feed(filter, limit, cursor, false, Times.now(clock), viewer);
        return Page.ofBatch(rows, limit, shown -> {
            List<Post> all = new ArrayList<>(pinned.subList(0, Math.min(pinned.size(), MAX_PINNED)));
            all.addAll(shown);
            return views(all, viewer);
        }, PostQueries::cursorOf);
    }

    /** A group's posts, for whoever may read the group's content. */
    @Transactional
    Page<PostView> groupPage(UUID groupId, int limit, String cursor, Caller viewer) {
        GroupAccess.checkReader(groupId, viewer);
        return page(FeedFilter.ofGroup(groupId), limit, cursor, viewer);
    }

    @Transactional
    PostView view(Post post, Caller viewer) {
        return views(List.of(post), viewer).get(0);
    }

    private List<PostView> views(List<Post> posts, Caller viewer) {
        if (posts.isEmpty()) {
            return List.of();
        }
        Map<UUID, MemberCard> authors = MemberCard.byIds(posts.stream().map(p -> p.authorId).filter(Objects::nonNull).toList(),
                viewer.id());
        Map<UUID, Set<ReactionType>> mine = PostReaction.mine(viewer.id(), posts.stream().map(p -> p.id).toList());
        Map<UUID, GroupAccess.GroupRef> groups = GroupAccess.refs(posts.stream().map(p -> p.groupId).toList());
        OffsetDateTime now = Times.now(clock);
        return posts.stream().map(p -> new PostView(p.id, p.type, p.category, p.title, p.body, List.copyOf(p.tags),
                p.authorId == null ? AuthorSummary.organisation(organisation) : AuthorSummary.of(authors.get(p.authorId)), p.createdAt,
                p.editedAt, p.editedBy, p.pinnedUntil,
                p.pinnedUntil != null && p.pinnedUntil.isAfter(now), p.commentCount, ReactionCounts.of(p.reactionCounts()),
                mine.getOrDefault(p.id, EnumSet.noneOf(ReactionType.class)),
                p.isHidden() ? new ModerationState(p.hiddenAt, p.hiddenReason) : null,
                p.groupId == null ? null : groups.get(p.groupId))).toList();
    }
}
