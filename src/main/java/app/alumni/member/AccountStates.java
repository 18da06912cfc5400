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

    public record AccountState(MemberStatus status, List<String> roles) {
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public Optional<AccountState> of(UUID memberId) {
        return Member.getEntityManager()
                .createQuery("select m.status as status, m.roles as roles from Member m where m.id = :id", Tuple.class)
                .setParameter("id", memberId)
                .getResultStream().findFirst()
                .map(t -> new AccountState(t.get("status", MemberStatus.class), (List<String>) t.get("roles")));
    }
}
