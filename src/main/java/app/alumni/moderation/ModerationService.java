package app.alumni.moderation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import app.alumni.common.Cursor;
import app.alumni.common.Keyset;
import app.alumni.common.Page;
import app.alumni.common.ProblemException;
import app.alumni.common.ProblemType;
import app.alumni.common.ReadOnly;
import app.alumni.common.ReportableContent;
import app.alumni.common.ReportableContent.Item;
import app.alumni.common.Times;
import app.alumni.member.Caller;
import app.alumni.member.GroupAccess;
import app.alumni.moderation.ContentReport.Action;
import app.alumni.moderation.ContentReport.Status;
import app.alumni.moderation.ContentReport.TargetType;
import app.alumni.moderation.ModerationViews.ContextMessage;
import app.alumni.moderation.ModerationViews.ReportView;

/** Reports, and hiding or restoring what they point at through the content's own {@link ReportableContent}. */
@ApplicationScoped
class ModerationService {

    private final EntityManager em;
    private final Map<TargetType, ReportableContent> contents;
    private final Clock clock;

    ModerationService(EntityManager em, @Any Instance<ReportableContent> contents, Clock clock) {
        this.clock = clock;
        this.em = em;
        this.contents = new EnumMap<>(TargetType.class);
        contents.forEach(c -> this.contents.put(TargetType.valueOf(c.kind()), c));
        if (this.contents.size() != TargetType.values().length) {
            throw new IllegalStateException("Reportable content missing: " + EnumSet.complementOf(EnumSet.copyOf(this.contents.keySet())));
        }
    }

    @Transactional
    ReportView get(UUID id, Caller caller) {
        ContentReport r = ContentReport.findById(id);
        if (r == null) {
            throw ProblemException.notFound();
        }
        mayModerate(caller, r.groupId);
        return viewOf(r);
    }

    /** Moderators and HR admins moderate everything; a group's admins what belongs to their group. */
    private static void mayModerate(Caller caller, UUID groupId) {
        if (!caller.moderator() && !GroupAccess.isAdmin(groupId, caller.id())) {
            throw ProblemException.of(ProblemType.FORBIDDEN, "problem.forbidden.moderator");
        }
    }

    /** One open report per member per item: a second is 409, settled by a unique index also under concurrency. */
    @Transactional
    ReportView report(TargetType type, UUID targetId, UUID reporterId, String reason) {
        Item item = contents.get(type).visibleTo(targetId, reporterId).orElseThrow(ProblemException::notFound);
        ContentReport r = new ContentReport();
        r.groupId = item.groupId();
        r.targetType = type;
        r.targetId = targetId;
        r.reporterId = reporterId;
        r.reason = reason.strip();
        r.status = Status.OPEN;
        r.createdAt = Times.now(clock);
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

    /** Reports oldest first: all of them for moderators and HR, or one group's for its admins too. */
    @Transactional
    Page<ReportView> list(Status status, UUID groupId, int limit, String cursor, Caller caller) {
        ReadOnly.reads(em);
        mayModerate(caller, groupId);
        StringBuilder where = new StringBuilder("status = :status");
        Map<String, Object> params = new HashMap<>(Map.of("status", status));
        if (groupId != null) {
            where.append(" and groupId = :group");
            params.put("group", groupId);
        }
        Keyset.after(cursor, "createdAt", "id", false, where, params);
        List<ContentReport> rows = ContentReport.<ContentReport>find(where + " order by createdAt, id", params).page(0, limit + 1).list();
        Map<TargetType, Map<UUID, Item>> items = new EnumMap<>(TargetType.class);
        contents.forEach((type, content) -> items.put(type,
                content.describe(rows.stream().filter(r -> r.targetType == type).map(r -> r.targetId).toList())));
        return Page.of(rows, limit, r -> view(r, items.get(r.targetType).get(r.targetId)), r -> Cursor.encode(r.createdAt, r.id));
    }

    /** HIDE hides the item and settles every open report of it; DISMISS settles this report only. */
    @Transactional
    ReportView resolve(UUID reportId, Action action, String note, Caller moderator) {
        ContentReport r = ContentReport.findById(reportId, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            throw ProblemException.notFound();
        }
        mayModerate(moderator, r.groupId);
        UUID moderatorId = moderator.id();
        if (r.status != Status.OPEN) {
            throw ProblemException.of(ProblemType.INVALID_STATE, "problem.report-resolved.detail");
        }
        OffsetDateTime now = Times.now(clock);
        if (action == Action.HIDE) {
            contents.get(r.targetType).hide(r.targetId, note == null || note.isBlank() ? r.reason : note.strip(), now);
            ContentReport.update("status = ?1, action = ?2, resolvedAt = ?3, resolvedBy = ?4 where targetType = ?5 and targetId = ?6 and "
                    + "status = ?7",
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

    /** Makes a hidden item visible again (its reports stay resolved). */
    @Transactional
    void restore(TargetType type, UUID id, Caller caller) {
        Item item = contents.get(type).describe(List.of(id)).get(id);
        if (item == null) {
            throw ProblemException.notFound();
        }
        mayModerate(caller, item.groupId());
        if (!contents.get(type).restore(id)) {
            throw ProblemException.notFound();
        }
    }

    private ReportView viewOf(ContentReport r) {
        return view(r, contents.get(r.targetType).describe(List.of(r.targetId)).get(r.targetId));
    }

    private static ReportView view(ContentReport r, Item item) {
        UUID threadId = item != null ? item.threadId() : r.targetType == TargetType.POST ? r.targetId : null;
        String text = item == null ? "" : item.text();
        String excerpt = text.length() > 200 ? text.substring(0, 200) : text;
        List<ContextMessage> context = item == null || item.context() == null ? null
                : item.context().stream().map(ContextMessage::of).toList();
        return new ReportView(r.id, r.targetType, r.targetId, threadId, excerpt, context, item != null && item.hidden(), r.reason,
                r.reporterId, r.status, r.action, r.createdAt, r.resolvedAt);
    }
}
