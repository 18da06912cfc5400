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
import app.alumni.member.GroupAccess;

/** Posts as moderation sees them: a listed post can be reported, hidden and restored. */
@ApplicationScoped
class ReportablePosts implements ReportableContent {

    @Override
    public String kind() {
        return "POST";
    }

    @Override
    public Optional<Item> visibleTo(UUID id, UUID memberId) {
        return Optional.ofNullable(Post.<Post>findById(id)).filter(p -> p.isListed() && GroupAccess.sees(p.groupId, memberId))
                .map(ReportablePosts::item);
    }

    @Override
    public Map<UUID, Item> describe(Collection<UUID> ids) {
        return ids.isEmpty() ? Map.of() : Post.<Post>list("id in ?1", ids).stream().collect(Collectors.toMap(p -> p.id,
                ReportablePosts::item));
    }

    @Override
    @Transactional
    public void hide(UUID id, String reason, OffsetDateTime at) {
        Post p = Post.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (p != null && !p.isHidden()) {
            p.hiddenAt = at;
            p.hiddenReason = reason;
        }
    }

    @Override
    @Transactional
    public boolean restore(UUID id) {
        Post p = Post.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (p == null || p.isDeleted() || !p.isHidden()) {
            return false;
        }
        p.hiddenAt = null;
        p.hiddenReason = null;
        return true;
    }

    private static Item item(Post p) {
        return new Item(p.id, p.id, p.title == null ? p.body : p.title + "\n" + p.body, p.isHidden(), p.groupId);
    }
}
