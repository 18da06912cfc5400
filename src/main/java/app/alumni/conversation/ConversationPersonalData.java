package app.alumni.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;

import app.alumni.common.PersonalData;

/** The messages the member wrote (what others wrote to them is the others' data). */
@ApplicationScoped
class ConversationPersonalData {

    @Produces
    PersonalData messages(EntityManager em) {
        return PersonalData.rows(em, "messages", """
                select id as "id", conversation_id as "conversationId", body as "body", created_at as "createdAt"
                from conversation_message where author_id = :member and deleted_at is null order by created_at, id""");
    }
}
