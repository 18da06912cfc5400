package app.alumni.notification;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import app.alumni.member.Notice;
import app.alumni.member.NoticeType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One member's notification. Written by the fan-out in SQL (one statement for a whole audience); read and marked read
 * here. A member who turned a type off in the app still gets the row ({@code inApp} false) for their digest.
 */
@Entity
class Notification extends PanacheEntityBase {

    @Id
    UUID id;
    UUID memberId;
    UUID noticeId;
    @Enumerated(EnumType.STRING)
    NoticeType type;
    UUID actorId;
    @Enumerated(EnumType.STRING)
    Notice.SubjectKind subjectKind;
    UUID subjectId;
    String subjectTitle;
    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> params = new HashMap<>();
    int count;
    boolean inApp;
    OffsetDateTime createdAt;
    OffsetDateTime readAt;

    /** Marks the member's unread notifications read; returns how many. */
    static long readAll(UUID memberId, OffsetDateTime now) {
        return update("readAt = ?1 where memberId = ?2 and inApp = true and readAt is null", now, memberId);
    }

    static long unread(UUID memberId) {
        return count("memberId = ?1 and inApp = true and readAt is null", memberId);
    }
}
