package app.alumni.auth;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import app.alumni.member.MemberStatus;

/**
 * What every authenticated request checks, in one statement and no transaction: the account's status, roles and
 * accepted policy version, and whether the token's sign-in ({@code sid}) has ended: signed out, its refresh token
 * reused, the password changed elsewhere, or the account suspended. A revoked sign-in has every token of its family
 * revoked; one is enough to tell. Access tokens of an ended sign-in are refused for the rest of their (short) life.
 */
@ApplicationScoped
class SignInStates {

    /** The account as it is now, and whether the sign-in the token belongs to has ended. */
    record SignInState(MemberStatus status, List<String> roles, String policyVersion, boolean ended) {
    }

    private final EntityManager em;

    SignInStates(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    Optional<SignInState> of(UUID memberId, UUID session) {
        return em.createQuery("""
                select m.status as status, m.roles as roles, m.privacyPolicyVersion as policy,
                       (select count(r) from RefreshToken r where r.familyId = :session and r.revokedAt is not null) as ended
                from Member m where m.id = :member""", Tuple.class)
                .setParameter("member", memberId).setParameter("session", session)
                .getResultStream().findFirst()
                .map(t -> new SignInState(t.get("status", MemberStatus.class), (List<String>) t.get("roles"), t.get("policy", String.class),
                        t.get("ended", Long.class) > 0));
    }
}
