package app.alumni.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import app.alumni.member.Actor;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One line of HR's audit log: who did what to which target, for whom, from where and with which outcome. Written
 * once and never changed (the table's triggers refuse updates and deletes but for the retention purge).
 */
@Entity
class AuditEntry extends PanacheEntityBase {

    enum Outcome {
        SUCCEEDED,
        REFUSED,
        FAILED;

        static Outcome of(int status) {
            return status >= 500 ? FAILED : status >= 400 ? REFUSED : SUCCEEDED;
        }
    }

    @Id
    UUID id;
    OffsetDateTime at;
    @Enumerated(EnumType.STRING)
    Actor.ActorKind actorKind;
    UUID actorId;
    String actorRole;
    String actorName;
    String action;
    String targetType;
    String targetId;
    @JdbcTypeCode(SqlTypes.ARRAY)
    List<UUID> subjectIds = new ArrayList<>();
    String requestId;
    String clientAddress;
    @Enumerated(EnumType.STRING)
    Outcome outcome;
    short status;
}
