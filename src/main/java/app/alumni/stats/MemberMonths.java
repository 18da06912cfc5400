package app.alumni.stats;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import app.alumni.member.AccountErased;
import app.alumni.member.Organisation;
import io.quarkus.runtime.StartupEvent;

/**
 * The monthly rollup of what members do ({@code member_month}, kept by triggers): told the organisation's time zone at
 * start, so that months are the organisation's; an erased member's months are re-keyed to a random id, so that past
 * figures stay and name no one.
 */
@ApplicationScoped
class MemberMonths {

    private final EntityManager em;
    private final Organisation organisation;

    MemberMonths(EntityManager em, Organisation organisation) {
        this.em = em;
        this.organisation = organisation;
    }

    @Transactional
    void onStart(@Observes StartupEvent start) {
        String zone = organisation.timeZone().getId();
        Number known = (Number) em.createNativeQuery("select count(*) from pg_timezone_names where name = :zone")
                .setParameter("zone", zone).getSingleResult();
        if (known.intValue() == 0) {
            throw new IllegalStateException("ALUMNI_ORGANISATION_TIME_ZONE (alumni.organisation.time-zone) " + zone
                    + " is not a time zone PostgreSQL knows; use a region name such as Asia/Tokyo");
        }
        em.createNativeQuery("update organisation_setting set time_zone = :zone where time_zone <> :zone").setParameter("zone", zone)
                .executeUpdate();
    }

    /** Last of the erasure's observers: what they change (an event seat given up, say) is counted before the re-keying. */
    void onAccountErased(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) AccountErased erased) {
        em.createNativeQuery("update member_month set member_id = gen_random_uuid() where member_id = :member")
                .setParameter("member", erased.memberId()).executeUpdate();
    }
}
