package app.alumni.moderation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import app.alumni.common.Cursor;
import app.alumni.common.Page;
import app.alumni.common.ProblemException;
import app.alumni.common.ProblemType;
import app.alumni.common.Times;
import app.alumni.moderation.ContentReport.Action;
import app.alumni.moderation.ContentReport.Status;
import app.alumni.moderation.ContentReport.TargetType;
import app.alumni.moderation.ModerationViews.ReportView;
import app.alumni.post.Post;
import app.alumni.post.PostComment;

/** Reports, and hiding or restoring what they point at. */
@ApplicationScoped
public class ModerationService {

    private final EntityManager em;

    ModerationService(EntityManager em) {
        this.em = em;
    }


    /** One open report per member per item: a second is 409, settled by a unique index also under concurrency. */
    /** A member reports a listed post. */
    @Transactional
    public ReportView reportPost(UUID postId, UUID reporterId, String reason) {
        return report(TargetType.POST, postId, reporterId, reason);
    }

    /** A member reports a visible comment. */
    @Transactional
    public ReportView reportComment(UUID commentId, UUID reporterId, String reason) {
        return report(TargetType.COMMENT, commentId, reporterId, reason);
    }

    @Transactional
    ReportView get(UUID id) {
        ContentReport r = ContentReport.findById(id);
        if (r == null) {
            throw ProblemException.notFound();
        }
        return viewOf(r);
    }

    @Transactional
    ReportView report(TargetType type, UUID targetId, UUID reporterId, String reason) {
        listedTarget(type, targetId);
        ContentReport r = new ContentReport();
        r.id = UUID.randomUUID();
        r.targetType = type;
        r.targetId = targetId;
        r.reporterId = reporterId;
        r.reason = reason.strip();
        r.status = Status.OPEN;
        r.createdAt = Times.now();
        try {
            r.persistAndFlush();
        } catch (PersistenceException e) {
            if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                throw ProblemException.of(ProblemType.INVALID_STATE, "problem.duplicate-report.detail");
            }
            throw e;
        }
        return viewOf(r);
    }

    @Transactional
    Page<ReportView> list(Status status, int limit, String cursor) {
        List<ContentReport> rows;
        if (cursor == null) {
            rows = ContentReport.<ContentReport>find("status = ?1 order by createdAt, id", status).page(0, limit + 1).list();
        } else {
            Cursor.TimeAndId after = Cursor.decodeTimeAndId(cursor);
            rows = ContentReport.<ContentReport>find("status = ?1 and (createdAt > ?2 or (createdAt = ?2 and id > ?3)) order by createdAt, id",
                    status, after.at(), after.id()).page(0, limit + 1).list();
        }
        List<UUID> postIds = rows.stream().filter(r -> r.targetType == TargetType.POST).map(r -> r.targetId).toList();
        List<UUID> commentIds = rows.stream().filter(r -> r.targetType == TargetType.COMMENT).map(r -> r.targetId).toList();
        Map<UUID, Post> posts = postIds.isEmpty() ? Map.of()
                : Post.<Post>list("id in ?1", postIds).stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
        Map<UUID, PostComment> comments = commentIds.isEmpty() ? Map.of()
                : PostComment.<PostComment>list("id in ?1", commentIds).stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
        return Page.of(rows, limit, r -> view(r, posts, comments), r -> Cursor.encode(r.createdAt, r.id));
    }

    /** HIDE hides the item and settles every open report of it; DISMISS settles this report only. */
    @Transactional
    ReportView resolve(UUID reportId, Action action, String note, UUID moderatorId) {
        ContentReport r = ContentReport.findById(reportId, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            throw ProblemException.notFound();
        }
        if (r.status != Status.OPEN) {
            throw ProblemException.of(ProblemType.INVALID_STATE, "problem.report-resolved.detail");
        }
        OffsetDateTime now = Times.now();
        if (action == Action.HIDE) {
            hide(r.targetType, r.targetId, note == null || note.isBlank() ? r.reason : note.strip(), now);
            ContentReport.update("status = ?1, action = ?2, resolvedAt = ?3, resolvedBy = ?4 where targetType = ?5 and targetId = ?6 and status = ?7",
                    Status.RESOLVED, Action.HIDE, now, moderatorId, r.targetType, r.targetId, Status.OPEN);
            em.refresh(r);
        } else {
            r.status = Status.RESOLVED;
            r.action = Action.DISMISS;
            r.resolvedAt = now;
            r.resolvedBy = moderatorId;
        }
        return viewOf(r);
    }

    private static ReportView viewOf(ContentReport r) {
        Post post = r.targetType == TargetType.POST ? Post.findById(r.targetId) : null;
        PostComment comment = r.targetType == TargetType.COMMENT ? PostComment.findById(r.targetId) : null;
        return view(r, post == null ? Map.of() : Map.of(post.id, post), comment == null ? Map.of() : Map.of(comment.id, comment));
    }

    /** Makes a hidden item visible again (its reports stay resolved). */
    @Transactional
    void restore(TargetType type, UUID id) {
        if (type == TargetType.POST) {
            Post p = Post.findById(id, LockModeType.PESSIMISTIC_WRITE);
            if (p == null || p.isDeleted() || !p.isHidden()) {
                throw ProblemException.notFound();
            }
            p.hiddenAt = null;
            p.hiddenReason = null;
        } else {
            PostComment c = PostComment.findById(id, LockModeType.PESSIMISTIC_WRITE);
            if (c == null || c.deletedAt != null || !c.isHidden()) {
                throw ProblemException.notFound();
            }
            c.hiddenAt = null;
            c.hiddenReason = null;
            em.createNativeQuery("update post set comment_count = comment_count + 1 where id = :post").setParameter("post", c.postId).executeUpdate();
        }
    }

    private void hide(TargetType type, UUID id, String reason, OffsetDateTime now) {
        if (type == TargetType.POST) {
            Post p = Post.findById(id, LockModeType.PESSIMISTIC_WRITE);
            if (p != null && p.hiddenAt == null) {
                p.hiddenAt = now;
                p.hiddenReason = reason;
            }
        } else {
            PostComment c = PostComment.findById(id, LockModeType.PESSIMISTIC_WRITE);
            if (c != null && c.hiddenAt == null && c.deletedAt == null) {
                c.hiddenAt = now;
                c.hiddenReason = reason;
                // The count shows what members can read.
                em.createNativeQuery("update post set comment_count = comment_count - 1 where id = :post").setParameter("post", c.postId).executeUpdate();
            }
        }
    }

    /** The item to report: a listed post, or a visible comment of a listed post. */
    private static void listedTarget(TargetType type, UUID id) {
        if (type == TargetType.POST) {
            Post p = Post.findById(id);
            if (p == null || p.isDeleted() || p.isHidden()) {
                throw ProblemException.notFound();
            }
        } else {
            PostComment c = PostComment.findById(id);
            if (c == null || c.deletedAt != null || c.isHidden()) {
                throw ProblemException.notFound();
            }
            listedTarget(TargetType.POST, c.postId);
        }
    }

    private static ReportView view(ContentReport r, Map<UUID, Post> posts, Map<UUID, PostComment> comments) {
        UUID postId;
        String text;
        boolean hidden;
        if (r.targetType == TargetType.POST) {
            Post p = posts.get(r.targetId);
            postId = r.targetId;
            text = p == null ? "" : (p.title == null ? p.body : p.title + "\n" + p.body);
            hidden = p != null && p.isHidden();
        } else {
            PostComment c = comments.get(r.targetId);
            postId = c == null ? null : c.postId;
            text = c == null ? "" : c.body;
            hidden = c != null && c.isHidden();
        }
        String excerpt = text.length() > 200 ? text.substring(0, 200) : text;
        return new ReportView(r.id, r.targetType, r.targetId, postId, excerpt, hidden, r.reason, r.reporterId, r.status, r.action,
                r.createdAt, r.resolvedAt);
    }
}
