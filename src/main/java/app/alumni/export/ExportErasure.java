package app.alumni.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import app.alumni.member.AccountErased;

/** An erased member's exports go, documents and all. */
@ApplicationScoped
class ExportErasure {

    private final EntityManager em;

    ExportErasure(EntityManager em) {
        this.em = em;
    }

    void onAccountErased(@Observes AccountErased erased) {
        em.createNativeQuery("delete from member_export where member_id = :member").setParameter("member", erased.memberId())
                .executeUpdate();
    }
}
