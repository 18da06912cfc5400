package app.alumni.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import app.alumni.member.AccountErased;

/**
 * An erased member leaves every conversation; their messages stay, from a former member, or lose their text, as they
 * chose for what they wrote. What the others wrote stays theirs.
 */
@ApplicationScoped
class ConversationErasure {

    private final EntityManager em;

    ConversationErasure(EntityManager em) {
        this.em = em;
    }

    void onAccountErased(@Observes AccountErased erased) {
        if (erased.deleteContent()) {
            em.createNativeQuery("update conversation_message set body = '', deleted_at = coalesce(deleted_at, :now)"
                    + " where author_id = :member").setParameter("member", erased.memberId()).setParameter("now", erased.at())
                    .executeUpdate();
        } else {
            em.createNativeQuery("update conversation_message set body = '' where author_id = :member and deleted_at is not null")
                    .setParameter("member", erased.memberId()).executeUpdate();
        }
        em.createNativeQuery("update conversation_participant set left_at = :now where member_id = :member and left_at is null")
                .setParameter("member", erased.memberId()).setParameter("now", erased.at()).executeUpdate();
    }
}
