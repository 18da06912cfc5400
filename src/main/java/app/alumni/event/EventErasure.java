package app.alumni.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import app.alumni.member.AccountErased;

/**
 * What events keep of an erased member: seats and waitlist places on upcoming events are given up (the waitlist moves
 * up), then every answer stays for the figures without the link to the person; the calendar subscription goes.
 * Events the member organised stay, organised by a former member.
 */
@ApplicationScoped
class EventErasure {

    private final EntityManager em;
    private final RsvpService rsvps;

    EventErasure(EntityManager em, RsvpService rsvps) {
        this.em = em;
        this.rsvps = rsvps;
    }

    void onAccountErased(@Observes AccountErased erased) {
        rsvps.giveUpUpcoming(erased.memberId(), null, erased.at());
        em.createNativeQuery("update event_rsvp set member_id = null where member_id = :member")
                .setParameter("member", erased.memberId()).executeUpdate();
        em.createNativeQuery("delete from calendar_feed where member_id = :member").setParameter("member", erased.memberId())
                .executeUpdate();
    }
}
