package app.alumni.career;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import app.alumni.member.AccountErased;

/**
 * What careers keep of an erased member: re-hire preferences go; applications stay for HR's figures (status, history)
 * without the link to the person and without what the applicant or HR wrote about them. Listings and referrals the
 * member made stay, by a former member (a referral's candidate is a third party HR may still be talking to).
 */
@ApplicationScoped
class CareerErasure {

    private final EntityManager em;

    CareerErasure(EntityManager em) {
        this.em = em;
    }

    void onAccountErased(@Observes AccountErased erased) {
        em.createNativeQuery("delete from rehire_preference where member_id = :member").setParameter("member", erased.memberId())
                .executeUpdate();
        em.createNativeQuery("""
                update job_application set applicant_id = null, message = null, resume_url = null, hr_note = null,
                  updated_at = :now, version = version + 1
                where applicant_id = :member""").setParameter("member", erased.memberId()).setParameter("now", erased.at()).executeUpdate();
    }
}
