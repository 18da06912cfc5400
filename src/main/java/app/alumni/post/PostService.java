package app.alumni.post;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import app.alumni.common.ETags;
import app.alumni.common.MergePatch;
import app.alumni.common.ProblemException;
import app.alumni.common.ProblemType;
import app.alumni.common.Tags;
import app.alumni.common.Times;
import app.alumni.member.Caller;
import app.alumni.member.GroupAccess;
import app.alumni.member.Notice;
import app.alumni.member.NoticeType;
import app.alumni.member.Notices;
import app.alumni.member.Recipients;
import app.alumni.member.Scopes;
import app.alumni.post.PostRequests.NewPost;
import app.alumni.post.PostRequests.PostEdit;

/** Writing posts: who may post what, edits, soft deletion, and the tag rows the feed pages through. */
@ApplicationScoped
public class PostService {

    private final EntityManager em;
    private final PostingLimits limits;
    private final MergePatch mergePatch;
    private final Notices notices;
    private final Clock clock;

    PostService(EntityManager em, PostingLimits limits, MergePatch mergePatch, Notices notices, Clock clock) {
        this.clock = clock;
        this.notices = notices;
        this.em = em;
        this.limits = limits;
        this.mergePatch = mergePatch;
    }


    @Transactional
    Post create(Caller author, NewPost request) {
        if (request.type() == PostType.ANNOUNCEMENT && !author.may(Scopes.ANNOUNCEMENTS_WRITE)) {
            throw ProblemException.of(ProblemType.FORBIDDEN, "problem.forbidden.announcement");
        }
        if (author.isClient() && request.type() != PostType.ANNOUNCEMENT) {
            throw ProblemException.of(ProblemType.MEMBERS_ONLY);
        }
        checkRules(request.type(), request.title(), request.pinnedUntil());
        if (request.groupId() != null) {
            if (request.type() != PostType.DISCUSSION) {
                throw ProblemException.invalid("groupId", "validation.group-discussions-only");
            }
            GroupAccess.checkContributor(request.groupId(), author);
        }
        if (!author.isClient()) {
            limits.checkPost(author.id());
        }
        Post p = new Post();
        p.type = request.type();
        p.authorId = author.id();
        p.authorClient = author.clientId();
        p.category = request.category();
        p.title = blankToNull(request.title());
        p.body = request.body();
        p.tags = Tags.normalizeAll(request.tags());
        p.pinnedUntil = request.pinnedUntil();
        p.groupId = request.groupId();
        p.createdAt = Times.now(clock);
        p.persist();
        em.flush();
        PostTag.index(p);
        if (p.groupId != null) {
            // The group's members hear of it, collapsed into one notification per group until they read it.
            notices.fire(new Notice(NoticeType.GROUP_POSTED, author.id(), GroupAccess.subject(p.groupId),
                    Recipients.groupMembers(p.groupId)));
        }
        if (p.type == PostType.ANNOUNCEMENT) {
            notices.fire(new Notice(NoticeType.ANNOUNCEMENT_PUBLISHED, author.id(), p.asSubject(), Recipients.everyone()));
        }
        return p;
    }

    /**
     * A post its caller may see: deleted posts are gone, hidden ones remain visible to their author and moderators, a
     * closed group's posts are for its members and HR.
     */
    @Transactional
    Post visible(UUID id, Caller caller) {
        Post p = Post.findById(id);
        if (p == null || p.isDeleted() || (p.isHidden() && !PostPolicy.mayModerate(caller, p.authorId))
                || !GroupAccess.sees(p.groupId, caller)) {
            throw ProblemException.notFound();
        }
        return p;
    }

    /** A post the caller can comment on, react to or report: listed (neither deleted nor hidden) and theirs to see. */
    static Post listed(UUID id, Caller caller) {
        Post p = Post.findById(id);
        if (p == null || p.isDeleted() || p.isHidden() || !GroupAccess.sees(p.groupId, caller)) {
            throw ProblemException.notFound();
        }
        return p;
    }

    /** Author or moderator; JSON merge patch of title, body, tags, category and pin; {@code If-Match} honoured. */
    @Transactional
    Post edit(UUID id, Caller caller, JsonNode patch, String ifMatch) {
        Post p = Post.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (p == null || p.isDeleted() || (p.isHidden() && !PostPolicy.mayModerate(caller, p.authorId))) {
            throw ProblemException.notFound();
        }
        if (!PostPolicy.mayModerate(caller, p.authorId)) {
            throw ProblemException.of(ProblemType.FORBIDDEN);
        }
        ETags.check(ifMatch, p.version);
        PostEdit edit = mergePatch.apply(PostEdit.of(p), patch, PostEdit.class);
        if (edit.pinnedUntil() != null && !edit.pinnedUntil().equals(p.pinnedUntil) && !caller.hrAdmin()) {
            throw ProblemException.of(ProblemType.FORBIDDEN, "problem.forbidden.pin");
        }
        checkRules(p.type, edit.title(), edit.pinnedUntil() != null && edit.pinnedUntil().equals(p.pinnedUntil) ? null
                : edit.pinnedUntil());
        p.title = blankToNull(edit.title());
        p.body = edit.body();
        p.category = edit.category();
        p.pinnedUntil = edit.pinnedUntil();
        var tags = Tags.normalizeAll(edit.tags());
        boolean tagsChanged = !tags.equals(p.tags);
        p.tags = tags;
        p.editedAt = Times.now(clock);
        p.editedBy = caller.id();
        if (tagsChanged) {
            PostTag.unindex(p.id);
            PostTag.index(p);
        }
        return p;
    }

    /** Soft delete by the author or a moderator: the post stays in the database and is listed nowhere. */
    @Transactional
    void delete(UUID id, Caller caller) {
        Post p = Post.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (p == null || p.isDeleted() || (p.isHidden() && !PostPolicy.mayModerate(caller, p.authorId))) {
            throw ProblemException.notFound();
        }
        if (!PostPolicy.mayModerate(caller, p.authorId)) {
            throw ProblemException.of(ProblemType.FORBIDDEN);
        }
        p.deletedAt = Times.now(clock);
        p.deletedBy = caller.id();
        p.pinnedUntil = null;
        PostTag.unindex(p.id);
    }

    private void checkRules(PostType type, String title, OffsetDateTime newPin) {
        if (type == PostType.ANNOUNCEMENT && (title == null || title.isBlank())) {
            throw ProblemException.invalid("title", "validation.announcement-title");
        }
        if (type == PostType.DISCUSSION && newPin != null) {
            throw ProblemException.invalid("pinnedUntil", "validation.pin-announcements-only");
        }
        if (newPin != null && !newPin.isAfter(Times.now(clock))) {
            throw ProblemException.invalid("pinnedUntil", "validation.future");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
