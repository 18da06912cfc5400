package app.alumni.member;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One member blocking another. Written in SQL (an idempotent insert); this mapping is for reading. */
@Entity
@Table(name = "member_block")
@IdClass(MemberBlock.Key.class)
class MemberBlock extends PanacheEntityBase {

    record Key(UUID blockerId, UUID blockedId) implements Serializable {
    }

    @Id
    UUID blockerId;
    @Id
    UUID blockedId;
    OffsetDateTime createdAt;
}
