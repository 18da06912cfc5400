package app.alumni.roster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;

import app.alumni.common.PersonalData;

/** The member's invitations to former colleagues, and whether each was taken up. */
@ApplicationScoped
class RosterPersonalData {

    @Produces
    PersonalData invitations(EntityManager em) {
        return PersonalData.rows(em, "invitations", """
                select id as "id", email as "email", name as "name", message as "message", status as "status", sent_at as "sentAt",
                       expires_at as "expiresAt", accepted_at as "acceptedAt"
                from invitation where kind = 'MEMBER' and invited_by = :member order by created_at, id""");
    }
}
