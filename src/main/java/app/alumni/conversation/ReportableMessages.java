package app.alumni.conversation;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import app.alumni.common.ReportableContent;

/**
 * Messages as moderation sees them. Only a participant can report one; moderators then see that message and the two
 * before and after it, never the rest of the conversation. A hidden message keeps its place without its text.
 */
@ApplicationScoped
class ReportableMessages implements ReportableContent {

    /** Messages shown on each side of a reported one. */
    static final int AROUND = 2;

    private final EntityManager em;

    ReportableMessages(EntityManager em) {
        this.em = em;
    }

    @Override
    public String kind() {
        return "MESSAGE";
    }

    @Override
    public Optional<Item> visibleTo(UUID id, UUID memberId) {
        return Optional.ofNullable(ConversationMessage.<ConversationMessage>findById(id))
                .filter(m -> m.deletedAt == null && m.hiddenAt == null && ConversationParticipant.isIn(m.conversationId, memberId))
                .map(m -> new Item(m.id, null, m.body, false, List.of(), null));
    }

    /** The messages with their context, in two statements whatever their number. */
    @Override
    public Map<UUID, Item> describe(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> pairs = em.createNativeQuery("""
                select t.id as target, m.id
                from conversation_message t
                cross join lateral (
                    (select b.id, b.created_at from conversation_message b where b.conversation_id = t.conversation_id
                       and (b.created_at, b.id) < (t.created_at, t.id) order by b.created_at desc, b.id desc limit :around)
                    union all
                    (select a.id, a.created_at from conversation_message a where a.conversation_id = t.conversation_id
                       and (a.created_at, a.id) >= (t.created_at, t.id) order by a.created_at, a.id limit :around + 1)
                ) m
                where t.id in (:ids)
                order by t.id, m.created_at, m.id""").setParameter("ids", ids).setParameter("around", AROUND).getResultList();
        Map<UUID, ConversationMessage> loaded = ConversationMessage.<ConversationMessage>list("id in ?1",
                pairs.stream().map(r -> (UUID) r[1]).distinct().toList()).stream()
                .collect(Collectors.toMap(m -> m.id, Function.identity()));
        Map<UUID, List<ContextLine>> contexts = new LinkedHashMap<>();
        for (Object[] r : pairs) {
            ConversationMessage m = loaded.get((UUID) r[1]);
            if (m != null) {
                contexts.computeIfAbsent((UUID) r[0], t -> new ArrayList<>())
                        .add(new ContextLine(m.id, m.authorId, shown(m), m.createdAt, m.id.equals(r[0])));
            }
        }
        Map<UUID, Item> items = new LinkedHashMap<>();
        for (UUID id : ids) {
            ConversationMessage m = loaded.get(id);
            if (m != null) {
                items.put(id, new Item(id, null, m.deletedAt == null ? m.body : "", m.hiddenAt != null, contexts.get(id), null));
            }
        }
        return items;
    }

    /** What moderators read of a message around the reported one: nothing of a deleted or hidden one. */
    private static String shown(ConversationMessage m) {
        return m.deletedAt == null && m.hiddenAt == null ? m.body : "";
    }

    @Override
    @Transactional
    public void hide(UUID id, String reason, OffsetDateTime at) {
        ConversationMessage m = ConversationMessage.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (m != null && m.deletedAt == null && m.hiddenAt == null) {
            m.hiddenAt = at;
            m.hiddenReason = reason;
        }
    }

    @Override
    @Transactional
    public boolean restore(UUID id) {
        ConversationMessage m = ConversationMessage.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (m == null || m.deletedAt != null || m.hiddenAt == null) {
            return false;
        }
        m.hiddenAt = null;
        m.hiddenReason = null;
        return true;
    }
}
