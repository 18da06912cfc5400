package app.alumni.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import app.alumni.common.SkipLocked;
import app.alumni.common.Times;
import app.alumni.member.Member;
import app.alumni.member.Organisation;
import app.alumni.member.RosterEntry;
import io.quarkus.scheduler.Scheduled;

/**
 * What follows when the identity provider says an employee left (it deactivated or deleted their user): the roster
 * entry gets today's date as leaving date, an employee member with that employee number becomes an alumnus, and a
 * leaver who agreed to be contacted and is no member yet gets HR's invitation {@code ALUMNI_ROSTER_INVITE_AFTER} later.
 */
@ApplicationScoped
class Leavers {

    private static final Logger LOG = Logger.getLogger(Leavers.class);

    private final Invitations invitations;
    private final RosterConfig config;
    private final Organisation organisation;
    private final Clock clock;

    Leavers(Invitations invitations, RosterConfig config, Organisation organisation, Clock clock) {
        this.invitations = invitations;
        this.config = config;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** The person left: in the caller's transaction, with the entry locked. */
    @Transactional(Transactional.TxType.MANDATORY)
    void left(RosterEntry e, OffsetDateTime now) {
        LocalDate today = now.atZoneSameInstant(organisation.timeZone()).toLocalDate();
        if (e.leftOn == null) {
            e.leftOn = e.joinedOn != null && e.joinedOn.isAfter(today) ? e.joinedOn : today;
        }
        List<Member> employees = new ArrayList<>(Member.employeesNumbered(e.employeeNumber));
        if (e.memberId != null && employees.stream().noneMatch(m -> m.id.equals(e.memberId))) {
            Member linked = Member.findById(e.memberId, LockModeType.PESSIMISTIC_WRITE);
            if (linked != null) {
                employees.add(linked);
            }
        }
        for (Member m : employees) {
            if (m.leaveCompany(e.leftOn, now)) {
                LOG.infof("Member %s left the company (roster entry %s): now an alumnus", m.id, e.id);
            }
        }
        if (e.memberId == null && employees.size() == 1 && RosterEntry.findByMember(employees.get(0).id).isEmpty()) {
            e.memberId = employees.get(0).id;
        }
        if (e.memberId == null && employees.isEmpty() && e.contactOptIn && e.email != null) {
            if (config.inviteAfter().isZero() || config.inviteAfter().isNegative()) {
                invitations.inviteLeaver(e, now);
            } else {
                e.inviteDueAt = now.plus(config.inviteAfter());
            }
        }
    }

    /** The identity provider made the person an employee again (a mistake undone, or a re-hire). */
    void rejoined(RosterEntry e) {
        e.leftOn = null;
        e.inviteDueAt = null;
    }

    @Scheduled(every = "1m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        inviteDue();
    }

    /** Sends every invitation that is due (each entry once, whatever the number of instances); returns how many were due. */
    int inviteDue() {
        return SkipLocked.workOff(() -> RosterEntry.<RosterEntry>find("inviteDueAt <= ?1 order by inviteDueAt", Times.now(clock)), e -> {
            e.inviteDueAt = null;
            invitations.inviteLeaver(e, Times.now(clock));
        });
    }
}
