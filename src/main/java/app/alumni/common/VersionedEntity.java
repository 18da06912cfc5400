package app.alumni.common;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The columns every editable row has: a UUID id chosen by the service, when it was created, and the version that
 * optimistic locking checks and {@code ETag}s name.
 */
@MappedSuperclass
public abstract class VersionedEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    public OffsetDateTime createdAt;
    @Version
    public long version;
}
