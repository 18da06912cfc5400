package app.alumni.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import app.alumni.member.AccountErased;

/**
 * What surveys keep of an erased member: their answers stay in the results without the link to them (answers to
 * anonymous surveys never had one), and the record that they took part goes.
 */
@ApplicationScoped
class SurveyErasure {

    private final EntityManager em;

    SurveyErasure(EntityManager em) {
        this.em = em;
    }

    void onAccountErased(@Observes AccountErased erased) {
        em.createNativeQuery("update survey_response set member_id = null where member_id = :member")
                .setParameter("member", erased.memberId()).executeUpdate();
        em.createNativeQuery("delete from survey_participation where member_id = :member").setParameter("member", erased.memberId())
                .executeUpdate();
    }
}
