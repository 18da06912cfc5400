package app.alumni.member;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import app.alumni.common.ETags;
import app.alumni.common.ProblemException;
import app.alumni.common.ProblemType;
import app.alumni.common.Times;
import app.alumni.common.Violation;

/** HR's changes to accounts: roles, suspension and reactivation, never leaving the community without an HR admin. */
@ApplicationScoped
public class MemberAdminService {

    private final Event<SessionsEnded> sessionsEnded;
    private final Integrations integrations;
    private final Clock clock;

    MemberAdminService(Event<SessionsEnded> sessionsEnded, Integrations integrations, Clock clock) {
        this.integrations = integrations;
        this.clock = clock;
        this.sessionsEnded = sessionsEnded;
    }

    @Transactional
    public Member patch(UUID id, MemberAdminPatch patch, String ifMatch) {
        if (patch == null || (patch.roles() == null && patch.status() == null)) {
            throw ProblemException.invalid(List.of(new Violation("roles", "validation.roles-or-status")));
        }
        if (patch.status() != null && patch.status() != MemberStatus.ACTIVE && patch.status() != MemberStatus.SUSPENDED) {
            throw ProblemException.invalid("status", "validation.status-active-or-suspended");
        }
        // Lock the remaining HR admins before the target, always in this order, so concurrent demotions queue up.
        List<UUID> activeAdmins = Member.lockActiveHrAdmins();
        Member m = RegistrationService.lock(id);
        ETags.check(ifMatch, m.version);

        MemberStatus newStatus = patch.status() != null ? patch.status() : m.status;
        boolean adminAfter = newStatus == MemberStatus.ACTIVE
                && (patch.roles() != null ? patch.roles().contains(Role.HR_ADMIN) : m.hasRole(Role.HR_ADMIN));
        if (activeAdmins.contains(m.id) && !adminAfter && activeAdmins.size() <= 1) {
            throw ProblemException.of(ProblemType.LAST_HR_ADMIN);
        }
        if (patch.roles() != null) {
            m.setRoles(patch.roles());
        }
        if (m.suspendOrReactivate(newStatus, Times.now(clock))) {
            integrations.publish(IntegrationEvent.MEMBER_STATUS_CHANGED, Map.of("memberId", m.id.toString(), "status", newStatus.name()));
            if (newStatus == MemberStatus.SUSPENDED) {
                sessionsEnded.fire(new SessionsEnded(m.id));
            }
        }
        m.touch(Times.now(clock));
        return m;
    }
}
