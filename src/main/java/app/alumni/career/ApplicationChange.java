package app.alumni.career;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import app.alumni.career.CareerEnums.ApplicationStatus;
import app.alumni.member.Actor;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One step of an application's history. */
@Entity
@Table(name = "job_application_change")
class ApplicationChange extends PanacheEntityBase {

    @Id
    UUID id;
    UUID applicationId;
    UUID actorId;
    UUID actorClient;
    OffsetDateTime changedAt;
    @Enumerated(EnumType.STRING)
    ApplicationStatus fromStatus;
    @Enumerated(EnumType.STRING)
    ApplicationStatus toStatus;

    static ApplicationChange of(UUID applicationId, Actor actor, ApplicationStatus from, ApplicationStatus to, OffsetDateTime at) {
        ApplicationChange c = new ApplicationChange();
        c.id = UUID.randomUUID();
        c.applicationId = applicationId;
        c.actorId = actor.memberId();
        c.actorClient = actor.clientId();
        c.fromStatus = from;
        c.toStatus = to;
        c.changedAt = at;
        return c;
    }
}
