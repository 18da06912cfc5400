package app.alumni.career;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import app.alumni.career.CareerEnums.ApplicationStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One step of an application's history. */
@Entity
@Table(name = "job_application_change")
class ApplicationChange extends PanacheEntityBase {

    @Id
    UUID id;
    @Column(name = "application_id")
    UUID applicationId;
    @Column(name = "actor_id")
    UUID actorId;
    @Column(name = "changed_at")
    OffsetDateTime changedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    ApplicationStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    ApplicationStatus toStatus;

    static ApplicationChange of(UUID applicationId, UUID actorId, ApplicationStatus from, ApplicationStatus to, OffsetDateTime at) {
        ApplicationChange c = new ApplicationChange();
        c.id = UUID.randomUUID();
        c.applicationId = applicationId;
        c.actorId = actorId;
        c.fromStatus = from;
        c.toStatus = to;
        c.changedAt = at;
        return c;
    }
}
