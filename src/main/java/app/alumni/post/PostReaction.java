package app.alumni.post;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One member's reaction of one type to a post: the primary key lets it exist once. Adding one is an upsert in
 * {@link PostQueries}, so two concurrent adds insert one row; the post's counter moves only for a row really written.
 */
@Entity
@IdClass(PostReaction.Key.class)
class PostReaction extends PanacheEntityBase {

    record Key(UUID postId, UUID memberId, ReactionType type) implements Serializable {
    }

    @Id
    UUID postId;
    @Id
    UUID memberId;
    @Id
    @Enumerated(EnumType.STRING)
    ReactionType type;
    OffsetDateTime createdAt;

    record Mine(UUID postId, ReactionType type) {
    }

    /** A member's reactions to these posts, by post, in one statement. */
    static Map<UUID, Set<ReactionType>> mine(UUID memberId, Collection<UUID> postIds) {
        Map<UUID, Set<ReactionType>> mine = new HashMap<>();
        if (postIds.isEmpty()) {
            return mine;
        }
        find("memberId = ?1 and postId in ?2", memberId, Set.copyOf(postIds)).project(Mine.class).list()
                .forEach(r -> mine.computeIfAbsent(r.postId(), k -> EnumSet.noneOf(ReactionType.class)).add(r.type()));
        return mine;
    }

    /** Whether a reaction was there to remove. */
    static boolean remove(UUID postId, UUID memberId, ReactionType type) {
        return delete("postId = ?1 and memberId = ?2 and type = ?3", postId, memberId, type) == 1;
    }
}
