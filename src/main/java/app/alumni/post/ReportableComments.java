package app.alumni.post;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import app.alumni.common.ReportableContent;

/**
 * Comments as moderation sees them: a visible comment of a listed post can be reported; hiding and restoring keep the
 * post's comment count equal to what members can read.
 */
@ApplicationScoped
class ReportableComments implements ReportableContent {

    @Override
    public String kind() {
        return "COMMENT";
    }

    @Override
    public Optional<Item> visibleTo(UUID id, UUID memberId) {
        return Optional.ofNullable(PostComment.<PostComment>findById(id))
                .filter(c -> c.isVisible() && Optional.ofNullable(Post.<Post>findById(c.postId)).filter(Post::isListed).isPresent())
                .map(ReportableComments::item);
    }

    @Override
    public Map<UUID, Item> describe(Collection<UUID> ids) {
        return ids.isEmpty() ? Map.of()
                : PostComment.<PostComment>list("id in ?1", ids).stream().collect(Collectors.toMap(c -> c.id, ReportableComments::item));
    }

    @Override
    @Transactional
    public void hide(UUID id, String reason, OffsetDateTime at) {
        PostComment c = PostComment.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (c != null && c.isVisible()) {
            c.hiddenAt = at;
            c.hiddenReason = reason;
            Post.countComments(c.postId, -1);
        }
    }

    @Override
    @Transactional
    public boolean restore(UUID id) {
        PostComment c = PostComment.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null || c.deletedAt != null || !c.isHidden()) {
            return false;
        }
        c.hiddenAt = null;
        c.hiddenReason = null;
        Post.countComments(c.postId, 1);
        return true;
    }

    private static Item item(PostComment c) {
        return new Item(c.id, c.postId, c.body, c.isHidden());
    }
}
