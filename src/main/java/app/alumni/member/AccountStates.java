package app.alumni.member;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

/** Reads an account's current status and roles: checked on every authenticated request, so it stays one small query. */
@ApplicationScoped
public class AccountStates {

    /** The account's status and roles, and the privacy policy version it accepted last. */
    public record AccountState(MemberStatus status, List<String> roles, String policyVersion) {
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public Optional<AccountState> of(UUID memberId) {
        return Member.getEntityManager()
                .createQuery("select m.status as status, m.roles as roles, m.privacyPolicyVersion as policy from Member m"
                        + " where m.id = :id", Tuple.class)
                .setParameter("id", memberId)
                .getResultStream().findFirst()
                .map(t -> new AccountState(t.get("status", MemberStatus.class), (List<String>) t.get("roles"),
                        t.get("policy", String.class)));
    }
}
