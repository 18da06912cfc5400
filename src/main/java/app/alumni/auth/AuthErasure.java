package app.alumni.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import app.alumni.member.AccountErased;

/** An erased member's sign-ins go altogether (their status already refuses every token they held). */
@ApplicationScoped
class AuthErasure {

    private final EntityManager em;

    AuthErasure(EntityManager em) {
        this.em = em;
    }

    void onAccountErased(@Observes AccountErased erased) {
        em.createNativeQuery("delete from refresh_token where member_id = :member").setParameter("member", erased.memberId())
                .executeUpdate();
    }
}
