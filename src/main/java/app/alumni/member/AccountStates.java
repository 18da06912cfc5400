package app.alumni.member;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Reads an account's current status and roles: checked on every authenticated request, so it stays one small query. */
@ApplicationScoped
public class AccountStates {

    public record AccountState(MemberStatus status, List<String> roles) {
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public Optional<AccountState> of(UUID memberId) {
        List<Object[]> rows = Member.getEntityManager()
                .createQuery("select m.status, m.roles from Member m where m.id = :id", Object[].class)
                .setParameter("id", memberId)
                .getResultList();
        return rows.stream().findFirst().map(r -> new AccountState((MemberStatus) r[0], (List<String>) r[1]));
    }
}
