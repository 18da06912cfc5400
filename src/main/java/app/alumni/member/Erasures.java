package app.alumni.member;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import app.alumni.common.ProblemException;
import app.alumni.common.ProblemType;
import app.alumni.common.Times;

/**
 * Erasing an account, at the member's request or by HR carrying out one: every session ends, the member row becomes a
 * tombstone, and every feature erases or unlinks what it keeps of the member ({@link AccountErased}), all in one
 * transaction. HR's record of it ({@link Erasure}) and the audit log remain.
 */
@ApplicationScoped
public class Erasures {

    private final PasswordHasher hasher;
    private final Event<SessionsEnded> sessionsEnded;
    private final Event<AccountErased> erased;
    private final Integrations integrations;
    private final EntityManager em;
    private final Clock clock;

    Erasures(EntityManager em, PasswordHasher hasher, Event<SessionsEnded> sessionsEnded, Event<AccountErased> erased,
            Integrations integrations, Clock clock) {
        this.em = em;
        this.hasher = hasher;
        this.sessionsEnded = sessionsEnded;
        this.erased = erased;
        this.integrations = integrations;
        this.clock = clock;
    }

    /** The member erases their own account, confirming it with their password (400 when it is not theirs). */
    @Transactional
    void eraseOwn(UUID memberId, String password, ErasedContent content) {
        Member m = lockForErasure(memberId);
        if (!hasher.matches(password, m.passwordHash)) {
            throw ProblemException.invalid("password", "validation.password.current-wrong");
        }
        erase(m, memberId, null, content);
    }

    /**
     * An HR admin carries out a member's deletion request, with the reason. Erasing an erased account again changes
     * nothing; HR admins erase their own account as members do (409 here).
     */
    @Transactional
    ErasureRecord eraseFor(UUID memberId, UUID hrAdmin, String reason, ErasedContent content) {
        if (memberId.equals(hrAdmin)) {
            throw ProblemException.of(ProblemType.INVALID_STATE, "problem.invalid-state.erase-self");
        }
        Member m = lockForErasure(memberId);
        if (m.status == MemberStatus.DELETED) {
            Erasure earlier = Erasure.find("memberId", memberId).firstResult();
            return earlier == null ? new ErasureRecord(memberId, null, null, null, m.updatedAt) : ErasureRecord.of(earlier);
        }
        return ErasureRecord.of(erase(m, hrAdmin, reason.strip(), content));
    }

    /** Locks the remaining HR admins, then the member (the order of HR's role changes): 409 when it is the last admin. */
    private static Member lockForErasure(UUID memberId) {
        List<UUID> activeAdmins = Member.lockActiveHrAdmins();
        Member m = Member.lockedById(memberId);
        if (activeAdmins.contains(m.id) && activeAdmins.size() <= 1) {
            throw ProblemException.of(ProblemType.LAST_HR_ADMIN);
        }
        return m;
    }

    private Erasure erase(Member m, UUID requestedBy, String reason, ErasedContent content) {
        OffsetDateTime now = Times.now(clock);
        String formerEmail = m.email;
        m.erase(hasher.hash(UUID.randomUUID() + "-" + UUID.randomUUID()), now);
        AccountToken.delete("memberId", m.id);
        em.createNativeQuery("delete from member_consent where member_id = :member").setParameter("member", m.id).executeUpdate();
        em.createNativeQuery("delete from member_block where blocker_id = :member or blocked_id = :member").setParameter("member", m.id)
                .executeUpdate();
        sessionsEnded.fire(new SessionsEnded(m.id));
        erased.fire(new AccountErased(m.id, formerEmail, content, now));
        integrations.publish(IntegrationEvent.MEMBER_STATUS_CHANGED, Map.of("memberId", m.id.toString(), "status",
                MemberStatus.DELETED.name()));
        Erasure record = Erasure.of(m.id, requestedBy, reason, content, now);
        record.persist();
        return record;
    }
}
