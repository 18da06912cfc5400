package app.alumni.common;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The columns every editable row has: a random UUID id, when it was created, and the version that
 * optimistic locking checks and {@code ETag}s name.
 */
@MappedSuperclass
public abstract class VersionedEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    public OffsetDateTime createdAt;
    @Version
    public long version;

    /** A new row gets a random id as it is persisted, unless its service chose one to refer to it before. */
    @PrePersist
    void assignId() {
        if (id == null) {
            id = UUID.randomUUID();
        }
    }
}
