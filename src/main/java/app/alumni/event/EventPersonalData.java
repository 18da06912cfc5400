package app.alumni.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;

import app.alumni.common.PersonalData;

/** The member's answers to events, with check-ins. */
@ApplicationScoped
class EventPersonalData {

    @Produces
    PersonalData eventAnswers(EntityManager em) {
        return PersonalData.rows(em, "eventAnswers", """
                select r.event_id as "eventId", e.title as "eventTitle", e.starts_at as "startsAt", r.status as "status",
                       r.requested_at as "answeredAt", r.updated_at as "updatedAt", r.checked_in_at as "checkedInAt"
                from event_rsvp r join event e on e.id = r.event_id where r.member_id = :member
                order by e.starts_at, r.event_id""");
    }
}
