package app.alumni.post;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;

import app.alumni.common.VersionedEntity;

/** A comment on a post, or a reply to a top-level comment (one level deep). */
@Entity
public class PostComment extends VersionedEntity {

    public UUID postId;
    public UUID authorId;
    public UUID parentId;
    public String body;
    public OffsetDateTime editedAt;
    /** Who last edited it: its author, or a moderator or HR admin. */
    public UUID editedBy;
    public OffsetDateTime deletedAt;
    public UUID deletedBy;
    public OffsetDateTime hiddenAt;
    public String hiddenReason;

    public boolean isHidden() {
        return hiddenAt != null;
    }

    /** Members see it: neither deleted nor hidden. */
    boolean isVisible() {
        return deletedAt == null && hiddenAt == null;
    }
}
