package app.alumni.conversation;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A private conversation; a conversation of two has a {@link #pairKey} so that it is found again. */
@Entity
class Conversation extends PanacheEntityBase {

    @Id
    UUID id;
    String pairKey;
    UUID createdBy;
    OffsetDateTime createdAt;
    OffsetDateTime lastMessageAt;

    /** The key of the conversation between two members, whoever starts it. */
    static String pairKey(UUID one, UUID other) {
        return one.compareTo(other) < 0 ? one + ":" + other : other + ":" + one;
    }

    static long startedSince(UUID member, OffsetDateTime since) {
        return count("createdBy = ?1 and createdAt > ?2", member, since);
    }
}
