package app.alumni.post;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A listed post under one of its tags, stamped with the post's creation time: the index a tag page reads in feed
 * order. The post's own {@code tags} column is what members see; these rows follow it and leave with deleted posts.
 */
@Entity
@IdClass(PostTag.Key.class)
class PostTag extends PanacheEntityBase {

    record Key(String tag, UUID postId) implements Serializable {
    }

    @Id
    String tag;
    @Id
    UUID postId;
    OffsetDateTime createdAt;

    /** The rows of the post's current tags (after {@link #unindex} when they changed). */
    static void index(Post post) {
        for (String name : post.tags) {
            PostTag row = new PostTag();
            row.tag = name;
            row.postId = post.id;
            row.createdAt = post.createdAt;
            row.persist();
        }
    }

    static void unindex(UUID postId) {
        delete("postId", postId);
    }
}
