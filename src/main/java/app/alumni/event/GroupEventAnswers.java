package app.alumni.event;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import app.alumni.member.GroupLeft;

/**
 * Who leaves a closed group gives up their seats (and waitlist places) at its upcoming events: they may no longer see
 * them, so they must not hold a seat or hear of changes. The waitlist moves up as usual.
 */
@ApplicationScoped
class GroupEventAnswers {

    private final EntityManager em;
    private final RsvpService rsvps;

    GroupEventAnswers(EntityManager em, RsvpService rsvps) {
        this.em = em;
        this.rsvps = rsvps;
    }

    void onGroupLeft(@Observes GroupLeft left) {
        if (!left.closed()) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<UUID> upcoming = em.createNativeQuery("""
                select r.event_id from event_rsvp r join event e on e.id = r.event_id
                where r.member_id = :member and r.status in ('GOING', 'WAITLISTED') and e.group_id = :group
                  and e.status = 'PUBLISHED' and e.starts_at > :now
                order by r.event_id""", UUID.class)
                .setParameter("member", left.memberId()).setParameter("group", left.groupId()).setParameter("now", left.at())
                .getResultList();
        upcoming.forEach(eventId -> rsvps.giveUp(eventId, left.memberId()));
    }
}
