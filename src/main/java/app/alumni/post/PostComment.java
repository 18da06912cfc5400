package app.alumni.post;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import app.alumni.common.VersionedEntity;

/** A comment on a post, or a reply to a top-level comment (one level deep). */
@Entity
@Table(name = "post_comment")
public class PostComment extends VersionedEntity {

    @Column(name = "post_id")
    public UUID postId;
    @Column(name = "author_id")
    public UUID authorId;
    @Column(name = "parent_id")
    public UUID parentId;
    public String body;
    @Column(name = "edited_at")
    public OffsetDateTime editedAt;
    /** Who last edited it: its author, or a moderator or HR admin. */
    @Column(name = "edited_by")
    public UUID editedBy;
    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;
    @Column(name = "deleted_by")
    public UUID deletedBy;
    @Column(name = "hidden_at")
    public OffsetDateTime hiddenAt;
    @Column(name = "hidden_reason")
    public String hiddenReason;

    public boolean isHidden() {
        return hiddenAt != null;
    }

    /** Members see it: neither deleted nor hidden. */
    boolean isVisible() {
        return deletedAt == null && hiddenAt == null;
    }
}
