package app.alumni.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;

import app.alumni.common.PersonalData;

/** The member's sign-ins (one per refresh-token family): when each began, was last renewed, and ended or ends. */
@ApplicationScoped
class AuthPersonalData {

    @Produces
    PersonalData signIns(EntityManager em) {
        return PersonalData.rows(em, "signIns", """
                select min(issued_at) as "signedInAt", max(issued_at) as "lastRenewedAt", max(expires_at) as "expiresAt",
                       max(revoked_at) as "endedAt"
                from refresh_token where member_id = :member group by family_id order by min(issued_at) desc""");
    }
}
