package app.alumni.feedback;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import app.alumni.common.PersonalData;
import app.alumni.common.PersonalRows;

/** The member's feedback, with HR's replies. */
@ApplicationScoped
class FeedbackGiven implements PersonalData {

    private final EntityManager em;

    FeedbackGiven(EntityManager em) {
        this.em = em;
    }

    @Override
    public String part() {
        return "feedback";
    }

    @Override
    public Object of(UUID memberId) {
        return PersonalRows.of(em, """
                select id as "id", category as "category", message as "message", status as "status", reply as "reply",
                       created_at as "createdAt", updated_at as "updatedAt"
                from feedback where author_id = :member order by created_at, id""", memberId);
    }
}
