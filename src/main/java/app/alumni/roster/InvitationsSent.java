package app.alumni.roster;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import app.alumni.common.PersonalData;
import app.alumni.common.PersonalRows;

/** The member's invitations to former colleagues, and whether each was taken up. */
@ApplicationScoped
class InvitationsSent implements PersonalData {

    private final EntityManager em;

    InvitationsSent(EntityManager em) {
        this.em = em;
    }

    @Override
    public String part() {
        return "invitations";
    }

    @Override
    public Object of(UUID memberId) {
        return PersonalRows.of(em, """
                select id as "id", email as "email", name as "name", message as "message", status as "status", sent_at as "sentAt",
                       expires_at as "expiresAt", accepted_at as "acceptedAt"
                from invitation where kind = 'MEMBER' and invited_by = :member order by created_at, id""", memberId);
    }
}
