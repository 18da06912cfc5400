package app.alumni.auth;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import app.alumni.common.PersonalData;
import app.alumni.common.PersonalRows;

/** The member's sign-ins (one per refresh-token family): when each began, was last renewed, and ended or ends. */
@ApplicationScoped
class SignInHistory implements PersonalData {

    private final EntityManager em;

    SignInHistory(EntityManager em) {
        this.em = em;
    }

    @Override
    public String part() {
        return "signIns";
    }

    @Override
    public Object of(UUID memberId) {
        return PersonalRows.of(em, """
                select min(issued_at) as "signedInAt", max(issued_at) as "lastRenewedAt", max(expires_at) as "expiresAt",
                       max(revoked_at) as "endedAt"
                from refresh_token where member_id = :member group by family_id order by min(issued_at) desc""", memberId);
    }
}
