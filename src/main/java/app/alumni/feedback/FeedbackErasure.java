package app.alumni.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import app.alumni.member.AccountErased;

/**
 * An erased member's feedback follows their choice for what they wrote: kept (HR's list shows it from a former member,
 * an erased account's id) or removed with HR's replies.
 */
@ApplicationScoped
class FeedbackErasure {

    private final EntityManager em;

    FeedbackErasure(EntityManager em) {
        this.em = em;
    }

    void onAccountErased(@Observes AccountErased erased) {
        if (erased.deleteContent()) {
            em.createNativeQuery("delete from feedback where author_id = :member").setParameter("member", erased.memberId())
                    .executeUpdate();
        }
        em.createNativeQuery("update feedback set replied_by = null where replied_by = :member").setParameter("member", erased.memberId())
                .executeUpdate();
    }
}
