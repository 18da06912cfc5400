package app.alumni.post;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import app.alumni.common.Cursor;
import app.alumni.common.ETags;
import app.alumni.common.Keyset;
import app.alumni.common.MergePatch;
import app.alumni.common.Page;
import app.alumni.common.ProblemException;
import app.alumni.common.ProblemType;
import app.alumni.common.ReadOnly;
import app.alumni.common.Times;
import app.alumni.member.Caller;
import app.alumni.member.MemberCard;
import app.alumni.member.Notice;
import app.alumni.member.NoticeType;
import app.alumni.member.Notices;
import app.alumni.member.Recipients;
import app.alumni.post.PostRequests.CommentEdit;
import app.alumni.post.PostRequests.NewComment;
import app.alumni.post.PostViews.CommentView;

/** Comments and one level of replies, oldest first; the post's comment count moves in the same transaction. */
@ApplicationScoped
public class CommentService {

    private final EntityManager em;
    private final PostingLimits limits;
    private final MergePatch mergePatch;
    private final Notices notices;
    private final Clock clock;

    CommentService(EntityManager em, PostingLimits limits, MergePatch mergePatch, Notices notices, Clock clock) {
        this.clock = clock;
        this.notices = notices;
        this.mergePatch = mergePatch;
        this.em = em;
        this.limits = limits;
    }

    @Transactional
    CommentView create(UUID postId, Caller author, NewComment request) {
        Post post = PostService.listed(postId, author);
        PostComment parent = null;
        if (request.parentId() != null) {
            parent = PostComment.findById(request.parentId());
            if (parent == null || !parent.postId.equals(postId) || parent.deletedAt != null || parent.parentId != null) {
                throw ProblemException.invalid("parentId", "validation.comment-parent");
            }
        }
        limits.checkComment(author.id());
        PostComment c = new PostComment();
        c.postId = postId;
        c.authorId = author.id();
        c.parentId = request.parentId();
        c.body = request.body();
        c.createdAt = Times.now(clock);
        c.persist();
        Post.countComments(postId, 1);
        tell(post, parent, author.id());
        return CommentView.of(c, MemberCard.of(author.id()));
    }

    /** The post's author hears of a comment, a comment's author of a reply to it (once each, never of their own). */
    private void tell(Post post, PostComment parent, UUID actor) {
        if (parent != null) {
            notices.fire(new Notice(NoticeType.COMMENT_REPLIED, actor, post.asSubject(), Recipients.member(parent.authorId)));
        }
        if (post.authorId != null && (parent == null || !post.authorId.equals(parent.authorId))) {
            notices.fire(new Notice(NoticeType.POST_COMMENTED, actor, post.asSubject(), Recipients.member(post.authorId)));
        }
    }

    /** Oldest first; hidden comments only for their authors and moderators. */
    @Transactional
    Page<CommentView> list(UUID postId, Caller caller, int limit, String cursor) {
        ReadOnly.reads(em);
        PostService.listed(postId, caller);
        StringBuilder where = new StringBuilder("postId = :post and deletedAt is null");
        Map<String, Object> params = new HashMap<>(Map.of("post", postId));
        if (!caller.moderator()) {
            where.append(" and (hiddenAt is null or authorId = :me)");
            params.put("me", caller.id());
        }
        Keyset.after(cursor, "createdAt", "id", false, where, params);
        List<PostComment> rows = PostComment.<PostComment>find(where + " order by createdAt, id", params).page(0, limit + 1).list();
        Map<UUID, MemberCard> authors = MemberCard.byIds(rows.stream().map(c -> c.authorId).toList(), caller.id());
        return Page.of(rows, limit, c -> CommentView.of(c, authors.get(c.authorId)),
                c -> Cursor.encode(c.createdAt, c.id));
    }

    @Transactional
    CommentView edit(UUID id, Caller caller, JsonNode patch, String ifMatch) {
        PostComment c = editable(id, caller);
        ETags.check(ifMatch, c.version);
        CommentEdit edit = mergePatch.apply(new CommentEdit(c.body), patch, CommentEdit.class);
        c.body = edit.body();
        c.editedAt = Times.now(clock);
        c.editedBy = caller.id();
        em.flush();
        return CommentView.of(c, MemberCard.of(c.authorId));
    }

    @Transactional
    void delete(UUID id, Caller caller) {
        PostComment c = editable(id, caller);
        c.deletedAt = Times.now(clock);
        c.deletedBy = caller.id();
        if (!c.isHidden()) {
            // A hidden comment was already taken out of the count when it was hidden.
            Post.countComments(c.postId, -1);
        }
    }

    /** A comment its author or a moderator may change: on a listed post, not deleted. */
    private static PostComment editable(UUID id, Caller caller) {
        PostComment c = PostComment.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null || c.deletedAt != null || (c.isHidden() && !PostPolicy.mayModerate(caller, c.authorId))) {
            throw ProblemException.notFound();
        }
        PostService.listed(c.postId, caller);
        if (!PostPolicy.mayModerate(caller, c.authorId)) {
            throw ProblemException.of(ProblemType.FORBIDDEN);
        }
        return c;
    }
}
