package app.alumni.notification;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import app.alumni.common.SkipLocked;
import app.alumni.member.Notice;
import app.alumni.member.NoticeType;
import app.alumni.member.Recipients;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A notice as kept with the change that caused it, until the fan-out worker has notified its audience. */
@Entity
@Table(name = "notice")
class QueuedNotice extends PanacheEntityBase {

    /** Tries before a notice that fails to fan out is set aside (its error kept for whoever investigates). */
    static final int MAX_ATTEMPTS = 3;
    private static final int ERROR_LENGTH = 500;


    @Id
    UUID id;
    @Enumerated(EnumType.STRING)
    NoticeType type;
    UUID actorId;
    @Enumerated(EnumType.STRING)
    Notice.SubjectKind subjectKind;
    UUID subjectId;
    String subjectTitle;
    @JdbcTypeCode(SqlTypes.JSON)
    Recipients audience;
    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> params = new HashMap<>();
    OffsetDateTime createdAt;
    OffsetDateTime fannedOutAt;
    int attempts;
    String lastError;

    static QueuedNotice keep(Notice notice, OffsetDateTime now) {
        QueuedNotice q = new QueuedNotice();
        q.id = UUID.randomUUID();
        q.type = notice.type();
        q.actorId = notice.actorId();
        q.subjectKind = notice.subject().kind();
        q.subjectId = notice.subject().id();
        q.subjectTitle = Texts.title(notice.subject().title());
        q.audience = notice.recipients();
        q.params = new HashMap<>(notice.params());
        q.createdAt = now;
        q.persist();
        return q;
    }

    /** Locks up to {@code max} notices not yet fanned out, skipping those another worker holds and those set aside. */
    static List<QueuedNotice> claimPending(int max) {
        return SkipLocked.claim(QueuedNotice.<QueuedNotice>find("fannedOutAt is null and attempts < ?1 order by createdAt, id",
                MAX_ATTEMPTS)
                .page(0, max)).list();
    }

    static void failed(UUID id, String error) {
        update("attempts = attempts + 1, lastError = ?1 where id = ?2",
                error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error, id);
    }
}
