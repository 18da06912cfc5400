package app.alumni.member;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import app.alumni.common.ChangesSince;
import app.alumni.common.Cursor;
import app.alumni.common.Keyset;
import app.alumni.common.Page;
import app.alumni.common.ProblemException;
import app.alumni.common.ProblemType;
import app.alumni.common.ReadOnly;
import app.alumni.common.Times;
import app.alumni.common.Violation;
import app.alumni.member.MemberViews.Registration;

/** Sign-up and HR's verification of it. */
@ApplicationScoped
public class RegistrationService {

    private final PasswordPolicy passwordPolicy;
    private final PasswordHasher hasher;
    private final PrivacyPolicy privacyPolicy;
    private final EmailAddresses emailAddresses;
    private final Event<SessionsEnded> sessionsEnded;
    private final Event<AccountMail> mails;
    private final Integrations integrations;
    private final RegistrationConfig config;
    private final Clock clock;

    RegistrationService(PasswordPolicy passwordPolicy, PasswordHasher hasher, PrivacyPolicy privacyPolicy, EmailAddresses emailAddresses,
            Event<SessionsEnded> sessionsEnded, Event<AccountMail> mails, Integrations integrations, RegistrationConfig config,
            Clock clock) {
        this.integrations = integrations;
        this.config = config;
        this.clock = clock;
        this.passwordPolicy = passwordPolicy;
        this.hasher = hasher;
        this.privacyPolicy = privacyPolicy;
        this.emailAddresses = emailAddresses;
        this.sessionsEnded = sessionsEnded;
        this.mails = mails;
    }

    @Transactional
    public Member register(RegistrationRequest request) {
        List<Violation> violations = new ArrayList<>(passwordPolicy.check("password", request.password(), request.email()));
        if (!privacyPolicy.currentVersion().equals(request.acceptedPrivacyPolicyVersion())) {
            violations.add(new Violation("acceptedPrivacyPolicyVersion", "validation.privacy-policy.not-current",
                    privacyPolicy.currentVersion()));
        }
        violations.addAll(checkTenure(request.affiliation(), request.joinedOn(), request.leftOn()));
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        OffsetDateTime now = Times.now(clock);
        Invitation invitation = request.invitationToken() == null ? null : usableInvitation(request.invitationToken(), now);
        String email = request.email().strip();
        if (Member.findByEmail(email).isPresent()) {
            throw ProblemException.of(ProblemType.EMAIL_TAKEN);
        }
        Member m = Member.newAccount(email, hasher.hash(request.password()), request.affiliation(), request.fullName(),
                request.displayName(), request.acceptedPrivacyPolicyVersion(), now);
        m.employeeNumber = EditableProfile.blankToNull(request.employeeNumber());
        m.fullNameKana = EditableProfile.blankToNull(request.fullNameKana());
        m.joinedOn = YearMonths.toDate(request.joinedOn());
        m.leftOn = YearMonths.toDate(request.leftOn());
        m.lastDepartment = EditableProfile.blankToNull(request.lastDepartment());
        if (request.preferredLanguage() != null) {
            m.preferredLanguage = request.preferredLanguage();
        }
        if (m.lastDepartment != null) {
            m.departments.add(m.lastDepartment);
        }
        // The invitation was mailed to this address: following its link proved the address.
        boolean invitedAddress = invitation != null && invitation.email.equalsIgnoreCase(email);
        RosterEntry invitedEntry = invitation == null || invitation.rosterEntryId == null ? null
                : RosterEntry.findById(invitation.rosterEntryId);
        if (invitedAddress) {
            m.emailVerifiedAt = now;
        }
        if (invitation != null && invitation.kind == Invitation.Kind.MEMBER) {
            m.referredBy = invitation.invitedBy;
        }
        if (invitedEntry != null && m.employeeNumber == null) {
            m.employeeNumber = invitedEntry.employeeNumber;
        }
        m.touch(now);
        m.updatedAt = m.createdAt;
        try {
            m.persistAndFlush();
        } catch (PersistenceException e) {
            if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                // Two registrations of one address at the same moment: the unique index settles it.
                throw ProblemException.of(ProblemType.EMAIL_TAKEN);
            }
            throw e;
        }
        if (invitation != null) {
            invitation.accept(m.id, now);
        }
        if (!invitedAddress) {
            emailAddresses.sendVerification(m);
        }
        integrations.publish(IntegrationEvent.MEMBER_REGISTERED, Map.of("memberId", m.id.toString(), "affiliation", m.affiliation.name()));
        if (invitedAddress && invitedEntry != null && link(invitedEntry, m)) {
            // HR invited this person from the roster to this address: the roster vouches for the person, the mail for the address.
            m.approveByRule(ApprovalRule.INVITATION, now);
            integrations.publish(IntegrationEvent.MEMBER_APPROVED, Map.of("memberId", m.id.toString()));
            return m;
        }
        matchWithRoster(m);
        return m;
    }

    /** The invitation of a link that can still be used, locked; 400 on {@code invitationToken} otherwise. */
    private static Invitation usableInvitation(String token, OffsetDateTime now) {
        Invitation invitation = Invitation.lockedByToken(token);
        Invitation.Status status = invitation == null ? null : invitation.status(now);
        if (status == Invitation.Status.EXPIRED) {
            throw ProblemException.invalid("invitationToken", "validation.token.expired");
        }
        if (status != Invitation.Status.SENT) {
            throw ProblemException.invalid("invitationToken", "validation.token.invalid");
        }
        return invitation;
    }

    /**
     * A registration whose employee number names a roster entry no one holds takes it (the entry shows the person as
     * registered); one the roster vouches for entirely is approved at once. The entry is locked first, so of two
     * registrations matching one entry at the same moment only one takes it.
     */
    private void matchWithRoster(Member m) {
        RosterMatch.Matched matched = RosterMatch.of(m);
        RosterEntry entry = matched.entry();
        if (entry == null || !entry.employeeNumber.equals(RosterEntry.numberKey(m.employeeNumber)) || !link(entry, m)) {
            return;
        }
        if (matched.match().matched() && config.autoApprove() == RegistrationConfig.AutoApprove.ROSTER_MATCH) {
            m.approveByRule(ApprovalRule.ROSTER_MATCH, Times.now(clock));
            integrations.publish(IntegrationEvent.MEMBER_APPROVED, Map.of("memberId", m.id.toString()));
        }
    }

    /** Links the entry to the member unless another member holds it; false then. */
    private boolean link(RosterEntry entry, Member m) {
        Member.getEntityManager().refresh(entry, LockModeType.PESSIMISTIC_WRITE);
        if (entry.memberId != null && !entry.memberId.equals(m.id)) {
            return false;
        }
        if (entry.memberId == null) {
            entry.memberId = m.id;
            entry.updatedAt = Times.now(clock);
        }
        return true;
    }

    static List<Violation> checkTenure(Affiliation affiliation, YearMonth joinedOn, YearMonth leftOn) {
        List<Violation> violations = new ArrayList<>();
        if (joinedOn != null && leftOn != null && leftOn.isBefore(joinedOn)) {
            violations.add(new Violation("leftOn", "validation.left-before-joined"));
        }
        if (affiliation == Affiliation.ALUMNUS && leftOn == null) {
            violations.add(new Violation("leftOn", "validation.alumnus-left-required"));
        }
        if (affiliation == Affiliation.EMPLOYEE && leftOn != null) {
            violations.add(new Violation("leftOn", "validation.employee-no-left"));
        }
        return violations;
    }

    @Transactional
    public Page<Registration> list(MemberStatus status, Boolean emailVerified, ChangesSince changes, int limit, String cursor) {
        ReadOnly.reads(Member.getEntityManager());
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        if (emailVerified != null) {
            where.append(emailVerified ? " and emailVerifiedAt is not null" : " and emailVerifiedAt is null");
        }
        if (changes.requested()) {
            changes.appendTo(cursor, where, params);
            List<Member> rows = Member.<Member>find(where + ChangesSince.ORDER, params).page(0, limit + 1).list();
            return Page.ofBatch(rows, limit, Registration::page, m -> Cursor.encode(m.updatedAt, m.id));
        }
        Keyset.after(cursor, "createdAt", "id", false, where, params);
        List<Member> rows = Member.<Member>find(where + " order by createdAt, id", params).page(0, limit + 1).list();
        return Page.ofBatch(rows, limit, Registration::page, m -> Cursor.encode(m.createdAt, m.id));
    }

    @Transactional
    public Registration get(UUID id) {
        ReadOnly.reads(Member.getEntityManager());
        Member m = Member.findById(id);
        if (m == null) {
            throw ProblemException.notFound();
        }
        return Registration.of(m);
    }

    /** PENDING becomes ACTIVE with the role of its affiliation; approving an active member again changes nothing. */
    @Transactional
    public Member approve(UUID id, Actor reviewer) {
        Member m = lock(id);
        if (m.approve(reviewer, Times.now(clock))) {
            // HR vouched for the person: the roster entry shown beside the registration becomes theirs, if free.
            RosterEntry entry = RosterMatch.of(m).entry();
            if (entry != null && entry.memberId == null) {
                link(entry, m);
            }
            integrations.publish(IntegrationEvent.MEMBER_APPROVED, Map.of("memberId", m.id.toString()));
            mails.fire(new AccountMail(AccountMail.Template.REGISTRATION_APPROVED, m.id, m.email, Map.of()));
        }
        return m;
    }

    /** PENDING becomes REJECTED with HR's reason; rejecting a rejected registration again changes nothing. */
    @Transactional
    public Member reject(UUID id, Actor reviewer, String reason) {
        Member m = lock(id);
        if (m.reject(reviewer, reason, Times.now(clock))) {
            RosterEntry.findByMember(m.id).ifPresent(entry -> {
                entry.memberId = null;
                entry.updatedAt = Times.now(clock);
            });
            integrations.publish(IntegrationEvent.MEMBER_REJECTED, Map.of("memberId", m.id.toString()));
            sessionsEnded.fire(new SessionsEnded(m.id));
            mails.fire(new AccountMail(AccountMail.Template.REGISTRATION_REJECTED, m.id, m.email, Map.of("reason", m.rejectionReason)));
        }
        return m;
    }

    static Member lock(UUID id) {
        return Member.lockedById(id);
    }
}
