package app.alumni.conversation;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A message; a deleted or hidden one keeps its place and loses (or hides) its text. */
@Entity
class ConversationMessage extends PanacheEntityBase {

    @Id
    UUID id;
    UUID conversationId;
    UUID authorId;
    String body;
    OffsetDateTime createdAt;
    OffsetDateTime deletedAt;
    /** Hidden by a moderator after a report: it keeps its place without its text. */
    OffsetDateTime hiddenAt;
    String hiddenReason;

    static ConversationMessage of(UUID conversationId, UUID authorId, String body, OffsetDateTime now) {
        ConversationMessage m = new ConversationMessage();
        m.id = UUID.randomUUID();
        m.conversationId = conversationId;
        m.authorId = authorId;
        m.body = body;
        m.createdAt = now;
        return m;
    }

    /** Whether others wrote to the conversation after what the member read. */
    static boolean unreadBy(UUID conversationId, UUID memberId, OffsetDateTime readUpTo) {
        return count("conversationId = ?1 and authorId <> ?2 and deletedAt is null and createdAt > ?3", conversationId, memberId,
                readUpTo) > 0;
    }
}
