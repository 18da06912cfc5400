package app.alumni.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;

import app.alumni.common.PersonalData;

/** The member's feedback, with HR's replies. */
@ApplicationScoped
class FeedbackPersonalData {

    @Produces
    PersonalData feedback(EntityManager em) {
        return PersonalData.rows(em, "feedback", """
                select id as "id", category as "category", message as "message", status as "status", reply as "reply",
                       created_at as "createdAt", updated_at as "updatedAt"
                from feedback where author_id = :member order by created_at, id""");
    }
}
