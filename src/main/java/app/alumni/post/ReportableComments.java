package app.alumni.post;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import app.alumni.common.ReportableContent;
import app.alumni.member.GroupAccess;

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
        PostComment c = PostComment.findById(id);
        Post post = c == null || !c.isVisible() ? null : Post.findById(c.postId);
        if (post == null || !post.isListed() || !GroupAccess.sees(post.groupId, memberId)) {
            return Optional.empty();
        }
        return Optional.of(item(c, post.groupId));
    }

    @Override
    public Map<UUID, Item> describe(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<PostComment> comments = PostComment.list("id in ?1", ids);
        Map<UUID, UUID> groups = Post.<Post>list("id in ?1", comments.stream().map(c -> c.postId).collect(Collectors.toSet())).stream()
                .filter(p -> p.groupId != null).collect(Collectors.toMap(p -> p.id, p -> p.groupId));
        return comments.stream().collect(Collectors.toMap(c -> c.id, c -> item(c, groups.get(c.postId))));
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

    private static Item item(PostComment c, UUID groupId) {
        return new Item(c.id, c.postId, c.body, c.isHidden(), groupId);
    }
}
