package app.alumni.member;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** HR's record of an erasure: whose account, who asked, why (when HR carried it out), what became of the content. */
@Entity
@Table(name = "member_erasure")
class Erasure extends PanacheEntityBase {

    @Id
    UUID id;
    UUID memberId;
    UUID requestedBy;
    String reason;
    @Enumerated(EnumType.STRING)
    ErasedContent content;
    OffsetDateTime erasedAt;

    static Erasure of(UUID memberId, UUID requestedBy, String reason, ErasedContent content, OffsetDateTime at) {
        Erasure e = new Erasure();
        e.id = UUID.randomUUID();
        e.memberId = memberId;
        e.requestedBy = requestedBy;
        e.reason = reason;
        e.content = content;
        e.erasedAt = at;
        return e;
    }
}
