package app.alumni.post;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import app.alumni.common.SearchableEntity;
import app.alumni.member.Notice;

/** A post with its counters. Deleted posts are kept (soft delete) and listed nowhere; hidden ones only by moderators. */
@Entity
public class Post extends SearchableEntity {

    @Enumerated(EnumType.STRING)
    public PostType type;
    public UUID authorId;
    /** Set instead of {@code authorId} when one of HR's API clients published it (an announcement, by the organisation). */
    public UUID authorClient;
    /** The group it was posted in; a closed group's posts are for its members and HR only. */
    public UUID groupId;
    @Enumerated(EnumType.STRING)
    public PostCategory category;
    public String title;
    public String body;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> tags = new ArrayList<>();
    public OffsetDateTime pinnedUntil;
    public OffsetDateTime editedAt;
    /** Who last edited it: its author, or a moderator or HR admin. */
    public UUID editedBy;
    public OffsetDateTime deletedAt;
    public UUID deletedBy;
    public OffsetDateTime hiddenAt;
    public String hiddenReason;
    public int commentCount;
    int likeCount;
    int celebrateCount;
    int insightfulCount;
    int supportCount;

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public boolean isHidden() {
        return hiddenAt != null;
    }

    /** Members see it: neither deleted nor hidden. */
    boolean isListed() {
        return !isDeleted() && !isHidden();
    }

    /** Moves the post's comment count, which shows the comments members can read. */
    static void countComments(UUID postId, int delta) {
        update("commentCount = commentCount + ?1 where id = ?2", delta, postId);
    }

    /** Moves the post's count of one reaction, in the transaction that added or removed the reaction. */
    static void countReactions(UUID postId, ReactionType type, int delta) {
        update(type.counter() + " = " + type.counter() + " + ?1 where id = ?2", delta, postId);
    }

    /** The reaction counters as stored now (read from the database, not from a post this session may hold). */
    record ReactionCounters(int likeCount, int celebrateCount, int insightfulCount, int supportCount) {

        Map<ReactionType, Integer> byType() {
            Map<ReactionType, Integer> counts = new EnumMap<>(ReactionType.class);
            counts.put(ReactionType.LIKE, likeCount);
            counts.put(ReactionType.CELEBRATE, celebrateCount);
            counts.put(ReactionType.INSIGHTFUL, insightfulCount);
            counts.put(ReactionType.SUPPORT, supportCount);
            return counts;
        }
    }

    static ReactionCounters reactionCountersOf(UUID postId) {
        return find("id", postId).project(ReactionCounters.class).singleResult();
    }

    Map<ReactionType, Integer> reactionCounts() {
        return new ReactionCounters(likeCount, celebrateCount, insightfulCount, supportCount).byType();
    }

    @Override
    protected Stream<String> searchableFields() {
        return Stream.of(title, body);
    }

    /** What a notification calls the post: its title, else its first words. */
    Notice.Subject asSubject() {
        return new Notice.Subject(Notice.SubjectKind.POST, id, title != null && !title.isBlank() ? title : Notice.firstWords(body));
    }
}
