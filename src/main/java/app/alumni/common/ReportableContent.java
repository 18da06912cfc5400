package app.alumni.common;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Content that members can report and moderators can hide. The feature that owns the content provides one bean per
 * kind; moderation finds it by {@link #kind()} and never reads or writes the owner's tables itself.
 */
public interface ReportableContent {

    /** The kind of content, as reports name it ({@code POST}, {@code COMMENT}, {@code MESSAGE}). */
    String kind();

    /** The item if this member can see it now; reporting anything else is a 404. */
    Optional<Item> visibleTo(UUID id, UUID memberId);

    /** Items as moderators see them (hidden ones included), by id; unknown ids are left out. */
    Map<UUID, Item> describe(Collection<UUID> ids);

    /** Hides a visible item with the reason its author sees; an item already hidden or gone stays as it is. */
    void hide(UUID id, String reason, OffsetDateTime at);

    /** Shows a hidden item again; false when there is no hidden item with that id. */
    boolean restore(UUID id);

    /**
     * What moderators see of an item: its text, whether it is hidden, the thread it belongs to (a post is its own) and
     * its group, whose admins moderate it too. A private message has no thread moderators may open: its context is the
     * few messages around it, and only those.
     */
    record Item(UUID id, UUID threadId, String text, boolean hidden, List<ContextLine> context, UUID groupId) {

        public Item(UUID id, UUID threadId, String text, boolean hidden, UUID groupId) {
            this(id, threadId, text, hidden, null, groupId);
        }
    }

    /** A message around a reported one, or the reported one itself. */
    record ContextLine(UUID id, UUID authorId, String text, OffsetDateTime createdAt, boolean reported) {
    }
}
