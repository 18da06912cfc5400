package app.alumni.conversation;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A member in a conversation: since when, what they read, whether they left. */
@Entity
@IdClass(ConversationParticipant.Key.class)
class ConversationParticipant extends PanacheEntityBase {

    record Key(UUID conversationId, UUID memberId) implements Serializable {
    }

    @Id
    UUID conversationId;
    @Id
    UUID memberId;
    OffsetDateTime joinedAt;
    OffsetDateTime leftAt;
    OffsetDateTime readUpTo;
    OffsetDateTime lastActivityAt;

    /** The member's place in the conversation, locked, while they are in it; null otherwise. */
    static ConversationParticipant current(UUID conversationId, UUID memberId) {
        ConversationParticipant p = findById(new Key(conversationId, memberId), LockModeType.PESSIMISTIC_WRITE);
        return p == null || p.leftAt != null ? null : p;
    }

    /** Whether the member is in the conversation now (for reads: nothing is locked). */
    static boolean isIn(UUID conversationId, UUID memberId) {
        return count("conversationId = ?1 and memberId = ?2 and leftAt is null", conversationId, memberId) > 0;
    }

    /** Who is in these conversations now. */
    static List<ConversationParticipant> in(Collection<UUID> conversationIds) {
        return list("conversationId in ?1 and leftAt is null order by joinedAt, memberId", conversationIds);
    }
}
