package app.alumni.notification;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import app.alumni.common.Cursor;
import app.alumni.common.Keyset;
import app.alumni.common.Page;
import app.alumni.common.ProblemException;
import app.alumni.common.ReadOnly;
import app.alumni.common.Times;
import app.alumni.member.MemberCard;
import app.alumni.member.Notice;

/** A member's notifications: newest first, unread ones counted, marked read one by one or all at once. */
@ApplicationScoped
class NotificationService {

    private final Clock clock;

    NotificationService(Clock clock) {
        this.clock = clock;
    }

    /** One page in two statements (the page, its actors' cards), whatever its size. */
    @Transactional
    Page<NotificationView> list(UUID memberId, boolean unreadOnly, int limit, String cursor, Locale locale) {
        ReadOnly.reads(Notification.getEntityManager());
        StringBuilder where = new StringBuilder("memberId = :member and inApp = true");
        Map<String, Object> params = new HashMap<>(Map.of("member", memberId));
        if (unreadOnly) {
            where.append(" and readAt is null");
        }
        Keyset.after(cursor, "createdAt", "id", true, where, params);
        List<Notification> rows = Notification.<Notification>find(where + " order by createdAt desc, id desc", params)
                .page(0, limit + 1).list();
        return Page.ofBatch(rows, limit, shown -> {
            Map<UUID, MemberCard> actors = MemberCard.byIds(shown.stream().map(n -> n.actorId).filter(Objects::nonNull).toList());
            return shown.stream().map(n -> NotificationView.of(n, n.actorId == null ? null : actors.get(n.actorId), locale)).toList();
        }, n -> Cursor.encode(n.createdAt, n.id));
    }

    @Transactional
    long unread(UUID memberId) {
        return Notification.unread(memberId);
    }

    /** Marks one of the member's notifications read (again is harmless); another member's is 404, as if it did not exist. */
    @Transactional
    void read(UUID memberId, UUID id) {
        Notification n = Notification.findById(id);
        if (n == null || !n.memberId.equals(memberId) || !n.inApp) {
            throw ProblemException.notFound();
        }
        if (n.readAt == null) {
            n.readAt = Times.now(clock);
        }
    }

    /** In the transaction of what settled it. */
    void settled(@Observes Notice.Settled settled) {
        Notification.update("readAt = ?1 where memberId = ?2 and subjectKind = ?3 and subjectId = ?4 and readAt is null",
                Times.now(clock), settled.memberId(), settled.kind(), settled.subjectId());
    }

    @Transactional
    long readAll(UUID memberId) {
        return Notification.readAll(memberId, Times.now(clock));
    }
}
