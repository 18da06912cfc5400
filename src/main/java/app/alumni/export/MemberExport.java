package app.alumni.export;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * A member's export, without its document (which is written and read in SQL only, so that listing and leasing never
 * load megabytes). Leased by the instance producing it; a lease that runs out (the instance died) makes it due again.
 */
@Entity
@Table(name = "member_export")
class MemberExport extends PanacheEntityBase {

    /** Attempts before an export is given up. */
    static final int MAX_ATTEMPTS = 3;

    enum Status {
        PENDING,
        READY,
        FAILED,
        EXPIRED
    }

    @Id
    UUID id;
    UUID memberId;
    @Enumerated(EnumType.STRING)
    Status status;
    OffsetDateTime requestedAt;
    int attempts;
    OffsetDateTime leasedUntil;
    OffsetDateTime readyAt;
    OffsetDateTime expiresAt;
    Long sizeBytes;

    /** Pending exports no instance is producing now, oldest first. */
    static PanacheQuery<MemberExport> due(OffsetDateTime now) {
        return find("status = ?1 and attempts < ?2 and (leasedUntil is null or leasedUntil < ?3) order by requestedAt, id", Status.PENDING,
                MAX_ATTEMPTS, now);
    }

    static MemberExport ofMember(UUID id, UUID memberId) {
        return find("id = ?1 and memberId = ?2", id, memberId).firstResult();
    }
}
