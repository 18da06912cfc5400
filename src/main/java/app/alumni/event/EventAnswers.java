package app.alumni.event;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import app.alumni.common.PersonalData;
import app.alumni.common.PersonalRows;

/** The member's answers to events, with check-ins. */
@ApplicationScoped
class EventAnswers implements PersonalData {

    private final EntityManager em;

    EventAnswers(EntityManager em) {
        this.em = em;
    }

    @Override
    public String part() {
        return "eventAnswers";
    }

    @Override
    public Object of(UUID memberId) {
        return PersonalRows.of(em, """
                select r.event_id as "eventId", e.title as "eventTitle", e.starts_at as "startsAt", r.status as "status",
                       r.requested_at as "answeredAt", r.updated_at as "updatedAt", r.checked_in_at as "checkedInAt"
                from event_rsvp r join event e on e.id = r.event_id where r.member_id = :member
                order by e.starts_at, r.event_id""", memberId);
    }
}
