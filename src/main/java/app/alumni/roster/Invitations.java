package app.alumni.roster;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import app.alumni.common.Cursor;
import app.alumni.common.Keyset;
import app.alumni.common.Page;
import app.alumni.common.ProblemException;
import app.alumni.common.ProblemType;
import app.alumni.common.ReadOnly;
import app.alumni.common.Times;
import app.alumni.member.AccountMail;
import app.alumni.member.Actor;
import app.alumni.member.Invitation;
import app.alumni.member.Member;
import app.alumni.member.Organisation;
import app.alumni.member.RosterEntry;
import app.alumni.member.YearMonths;
import app.alumni.roster.InvitationViews.InvitationBatchReport;
import app.alumni.roster.InvitationViews.InvitationFilter;
import app.alumni.roster.InvitationViews.InvitationKind;
import app.alumni.roster.InvitationViews.InvitationPreview;
import app.alumni.roster.InvitationViews.InvitationStatus;
import app.alumni.roster.InvitationViews.InvitationView;
import app.alumni.roster.InvitationViews.ReferralInvitationRequest;
import app.alumni.roster.InvitationViews.RosterInvitationRequest;
import app.alumni.roster.InvitationViews.SkipReason;
import app.alumni.roster.InvitationViews.Skipped;

/**
 * Invitations to join: HR's to people on the roster (one live invitation per address), and members' to former
 * colleagues (at most {@value #REFERRALS_PER_DAY} a day). Mails go through the outbox in the same transaction.
 */
@ApplicationScoped
class Invitations {

    /** What one request of HR's invites at most; a filter that matches more says so, and repeating it goes on. */
    static final int MAX_PER_REQUEST = 1_000;
    static final int REFERRALS_PER_DAY = 20;

    /**
     * Roster entries a filter may invite: left the company (the identity provider's current employees have not), agreed
     * to be contacted, an address, no member, no live invitation.
     */
    private static final String INVITABLE = "r.leftOn is not null and r.contactOptIn = true and r.email is not null and r.memberId is null"
            + " and not exists (select 1 from Member m where lower(m.email) = lower(r.email))"
            + " and not exists (select 1 from Invitation i where i.kind = :hr and i.status = :sent and i.expiresAt > :now"
            + " and lower(i.email) = lower(r.email))";

    private final Event<AccountMail> mails;
    private final Organisation organisation;
    private final Clock clock;

    Invitations(Event<AccountMail> mails, Organisation organisation, Clock clock) {
        this.mails = mails;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Transactional
    InvitationBatchReport inviteFromRoster(RosterInvitationRequest request, Actor sender) {
        if ((request.employeeNumbers() == null) == (request.filter() == null)) {
            throw ProblemException.invalid("employeeNumbers", "validation.invitation.numbers-or-filter");
        }
        boolean dryRun = Boolean.TRUE.equals(request.dryRun());
        OffsetDateTime now = Times.now(clock);
        List<RosterEntry> chosen = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        boolean more = false;
        if (request.filter() != null) {
            List<RosterEntry> found = matching(request.filter(), now);
            more = found.size() > MAX_PER_REQUEST;
            chosen.addAll(found.subList(0, Math.min(found.size(), MAX_PER_REQUEST)));
        } else {
            choose(request.employeeNumbers(), now, chosen, skipped);
        }
        if (!dryRun) {
            Invitation.expireLapsed(Invitation.Kind.HR, null, chosen.stream().map(e -> e.email).toList(), now);
            for (RosterEntry entry : chosen) {
                Invitation i = Invitation.create(Invitation.Kind.HR, entry.email, sender, now);
                i.name = entry.fullName;
                i.rosterEntryId = entry.id;
                i.message = blankToNull(request.message());
                send(i, AccountMail.Template.INVITATION, Map.of("organisation", organisation.name()), now);
            }
            flush();
        }
        return new InvitationBatchReport(dryRun, chosen.size(), skipped, more);
    }

    /** The listed entries that can be invited, the others with the reason (in two queries). */
    private static void choose(List<String> numbers, OffsetDateTime now, List<RosterEntry> chosen, List<Skipped> skipped) {
        Map<String, String> byKey = new LinkedHashMap<>();
        numbers.forEach(n -> byKey.putIfAbsent(RosterEntry.numberKey(n), n));
        Map<String, RosterEntry> entries = RosterEntry.<RosterEntry>list("employeeNumber in ?1", byKey.keySet()).stream()
                .collect(Collectors.toMap(e -> e.employeeNumber, Function.identity()));
        List<String> addresses = entries.values().stream().map(e -> e.email).filter(Objects::nonNull)
                .map(a -> a.toLowerCase(Locale.ROOT)).toList();
        Set<String> members = addresses.isEmpty() ? Set.of()
                : Member.<Member>list("lower(email) in ?1", addresses).stream().map(m -> m.email.toLowerCase(Locale.ROOT))
                        .collect(Collectors.toSet());
        Set<String> invited = addresses.isEmpty() ? Set.of()
                : Invitation.<Invitation>list("kind = ?1 and status = ?2 and expiresAt > ?3 and lower(email) in ?4", Invitation.Kind.HR,
                        statusSent(), now, addresses).stream().map(i -> i.email.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        for (Map.Entry<String, String> listed : byKey.entrySet()) {
            RosterEntry e = entries.get(listed.getKey());
            SkipReason reason = e == null ? SkipReason.NOT_FOUND
                    : e.email == null ? SkipReason.NO_EMAIL
                            : e.memberId != null || members.contains(e.email.toLowerCase(Locale.ROOT)) ? SkipReason.ALREADY_MEMBER
                                    : invited.contains(e.email.toLowerCase(Locale.ROOT)) ? SkipReason.ALREADY_INVITED : null;
            if (reason == null && chosen.stream().noneMatch(c -> c.email.equalsIgnoreCase(e.email))) {
                chosen.add(e);
            } else {
                skipped.add(new Skipped(listed.getValue(), reason == null ? SkipReason.ALREADY_INVITED : reason));
            }
        }
    }

    private static List<RosterEntry> matching(InvitationFilter filter, OffsetDateTime now) {
        if (Boolean.FALSE.equals(filter.contactOptIn())) {
            throw ProblemException.invalid("filter.contactOptIn", "validation.invitation.opt-in-only");
        }
        StringBuilder where = new StringBuilder(INVITABLE);
        Map<String, Object> params = new HashMap<>(Map.of("hr", Invitation.Kind.HR, "sent", statusSent(), "now", now));
        if (filter.rehireInterest() != null) {
            where.append(" and r.rehireInterest = :rehire");
            params.put("rehire", filter.rehireInterest());
        }
        if (filter.leftYearFrom() != null) {
            where.append(" and r.leftOn >= :from");
            params.put("from", LocalDate.of(filter.leftYearFrom(), 1, 1));
        }
        if (filter.leftYearTo() != null) {
            where.append(" and r.leftOn < :to");
            params.put("to", LocalDate.of(filter.leftYearTo() + 1, 1, 1));
        }
        if (filter.department() != null && !filter.department().isBlank()) {
            where.append(" and lower(r.lastDepartment) = lower(:department)");
            params.put("department", filter.department().strip());
        }
        // Two entries with one address get one invitation: the first by employee number.
        TypedQuery<RosterEntry> query = RosterEntry.getEntityManager()
                .createQuery("select r from RosterEntry r where " + where + " order by r.employeeNumber", RosterEntry.class);
        params.forEach(query::setParameter);
        List<RosterEntry> found = query.setMaxResults(MAX_PER_REQUEST * 2 + 1).getResultList();
        Set<String> seen = new HashSet<>();
        return found.stream().filter(e -> seen.add(e.email.toLowerCase(Locale.ROOT))).toList();
    }

    /**
     * HR's invitation to a leaver the identity provider reported, once it is due: sent only if they still agreed to be
     * contacted, have an address, and are neither a member nor invited already. In the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean inviteLeaver(RosterEntry entry, OffsetDateTime now) {
        if (!entry.contactOptIn || entry.email == null || entry.leftOn == null || entry.memberId != null
                || Member.findByEmail(entry.email).isPresent()) {
            return false;
        }
        Invitation.expireLapsed(Invitation.Kind.HR, null, List.of(entry.email), now);
        if (Invitation.count("kind = ?1 and status = ?2 and lower(email) = ?3", Invitation.Kind.HR, statusSent(),
                entry.email.toLowerCase(Locale.ROOT)) > 0) {
            return false;
        }
        Invitation i = Invitation.create(Invitation.Kind.HR, entry.email, null, now);
        i.name = entry.fullName;
        i.rosterEntryId = entry.id;
        send(i, AccountMail.Template.INVITATION, Map.of("organisation", organisation.name()), now);
        return true;
    }

    private static Invitation.Status statusSent() {
        return Invitation.Status.SENT;
    }

    /** Gives the invitation a fresh link, persists it and mails it. */
    private void send(Invitation i, AccountMail.Template template, Map<String, String> extra, OffsetDateTime now) {
        String token = i.newLink(now);
        i.persist();
        Map<String, String> params = new HashMap<>(extra);
        params.put("token", token);
        params.put("name", i.name == null ? "" : i.name);
        params.put("message", i.message == null ? "" : i.message);
        mails.fire(new AccountMail(template, null, i.email, params));
    }

    /** Writes now, so that two invitations of one address at once end in 409 here rather than at commit. */
    private static void flush() {
        try {
            Invitation.flush();
        } catch (PersistenceException e) {
            if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                throw ProblemException.of(ProblemType.CONCURRENT_UPDATE);
            }
            throw e;
        }
    }

    /** HR's list, newest first; for HR and members' invitations alike. */
    @Transactional
    Page<InvitationView> list(InvitationStatus status, InvitationKind kind, UUID invitedBy, int limit, String cursor) {
        ReadOnly.reads(Invitation.getEntityManager());
        OffsetDateTime now = Times.now(clock);
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (status != null) {
            switch (status) {
                case SENT -> where.append(" and status = :sent and expiresAt > :now");
                case EXPIRED -> where.append(" and (status = :expired or status = :sent and expiresAt <= :now)");
                default -> where.append(" and status = :status");
            }
            if (status == InvitationStatus.SENT || status == InvitationStatus.EXPIRED) {
                params.put("sent", Invitation.Status.SENT);
                params.put("now", now);
            }
            if (status == InvitationStatus.EXPIRED) {
                params.put("expired", Invitation.Status.EXPIRED);
            } else if (status != InvitationStatus.SENT) {
                params.put("status", Invitation.Status.valueOf(status.name()));
            }
        }
        if (kind != null) {
            where.append(" and kind = :kind");
            params.put("kind", Invitation.Kind.valueOf(kind.name()));
        }
        if (invitedBy != null) {
            where.append(" and kind = :member and invitedBy = :by");
            params.put("member", Invitation.Kind.MEMBER);
            params.put("by", invitedBy);
        }
        Keyset.after(cursor, "createdAt", "id", true, where, params);
        List<Invitation> rows = Invitation.<Invitation>find(where + " order by createdAt desc, id desc", params).page(0, limit + 1).list();
        return Page.ofBatch(rows, limit, page -> views(page, now), i -> Cursor.encode(i.createdAt, i.id));
    }

    /** Views of a page, with the employee numbers of its HR invitations in one query. */
    private static List<InvitationView> views(List<Invitation> page, OffsetDateTime now) {
        List<UUID> entryIds = page.stream().map(i -> i.rosterEntryId).filter(Objects::nonNull).toList();
        Map<UUID, String> numbers = entryIds.isEmpty() ? Map.of()
                : RosterEntry.<RosterEntry>list("id in ?1", entryIds).stream().collect(Collectors.toMap(e -> e.id, e -> e.employeeNumber));
        return page.stream().map(i -> InvitationView.of(i, i.rosterEntryId == null ? null : numbers.get(i.rosterEntryId), now)).toList();
    }

    /** A new link for a sent or expired invitation (the old link stops working), mailed again. */
    @Transactional
    InvitationView resend(UUID id, UUID onlyOf) {
        OffsetDateTime now = Times.now(clock);
        Invitation i = locked(id, onlyOf);
        Invitation.Status status = i.status(now);
        if (status == Invitation.Status.ACCEPTED || status == Invitation.Status.REVOKED) {
            throw ProblemException.of(ProblemType.INVALID_STATE, "problem.invalid-state.invitation", status.name());
        }
        Map<String, String> extra = i.kind == Invitation.Kind.HR ? Map.of("organisation", organisation.name())
                : Map.of("inviter", Member.<Member>findById(i.invitedBy).displayName);
        send(i, i.kind == Invitation.Kind.HR ? AccountMail.Template.INVITATION : AccountMail.Template.REFERRAL_INVITATION, extra, now);
        flush();
        return view(i, now);
    }

    /** The link stops working; revoking again changes nothing, an accepted invitation is 409. */
    @Transactional
    void revoke(UUID id, UUID onlyOf) {
        OffsetDateTime now = Times.now(clock);
        Invitation i = locked(id, onlyOf);
        Invitation.Status status = i.status(now);
        if (status == Invitation.Status.ACCEPTED) {
            throw ProblemException.of(ProblemType.INVALID_STATE, "problem.invalid-state.invitation", status.name());
        }
        if (status != Invitation.Status.REVOKED) {
            i.revoke(now);
        }
    }

    /** The invitation, locked; 404 when there is none, or when {@code onlyOf} is given and did not send it. */
    private static Invitation locked(UUID id, UUID onlyOf) {
        Invitation i = Invitation.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (i == null || onlyOf != null && (i.kind != Invitation.Kind.MEMBER || !onlyOf.equals(i.invitedBy))) {
            throw ProblemException.notFound();
        }
        return i;
    }

    private static InvitationView view(Invitation i, OffsetDateTime now) {
        return views(List.of(i), now).get(0);
    }

    /** What a link prefills; 404 for an unknown, used or revoked link, 410 for an expired one. */
    @Transactional
    InvitationPreview preview(String token) {
        OffsetDateTime now = Times.now(clock);
        Invitation i = Invitation.byToken(token);
        Invitation.Status status = i == null ? null : i.status(now);
        if (status == Invitation.Status.EXPIRED) {
            throw ProblemException.of(ProblemType.INVITATION_EXPIRED);
        }
        if (status != Invitation.Status.SENT) {
            throw ProblemException.notFound();
        }
        if (i.kind == Invitation.Kind.HR) {
            RosterEntry e = RosterEntry.findById(i.rosterEntryId);
            return new InvitationPreview(InvitationKind.HR, organisation.name(), e.fullName, e.fullNameKana, YearMonths.of(e.leftOn),
                    mask(i.email), i.expiresAt);
        }
        Member inviter = Member.findById(i.invitedBy);
        return new InvitationPreview(InvitationKind.MEMBER, inviter.displayName, i.name, null, null, mask(i.email), i.expiresAt);
    }

    /** {@code hanako@example.jp} as {@code h***@example.jp}. */
    static String mask(String email) {
        int at = email.indexOf('@');
        return email.substring(0, Math.min(1, at)) + "***" + email.substring(at);
    }

    /**
     * A member invites a former colleague. Nothing tells whether the address belongs to a member already (addresses
     * are private): such an invitation is recorded and not mailed. The member's row is locked, so the daily budget
     * holds under concurrent requests.
     */
    @Transactional
    InvitationView refer(UUID memberId, ReferralInvitationRequest request) {
        OffsetDateTime now = Times.now(clock);
        Member inviter = Member.lockedById(memberId);
        long today = Invitation.count("kind = ?1 and invitedBy = ?2 and createdAt > ?3", Invitation.Kind.MEMBER, memberId,
                now.minusDays(1));
        if (today >= REFERRALS_PER_DAY) {
            Invitation oldest = Invitation.<Invitation>find("kind = ?1 and invitedBy = ?2 and createdAt > ?3 order by createdAt",
                    Invitation.Kind.MEMBER, memberId, now.minusDays(1)).firstResult();
            long wait = Math.max(1, Duration.between(now, oldest.createdAt.plusDays(1)).toSeconds());
            throw ProblemException.tooManyRequests(wait, "problem.too-many-requests.invitations");
        }
        String email = request.email().strip();
        Invitation.expireLapsed(Invitation.Kind.MEMBER, memberId, List.of(email), now);
        if (Invitation.count("kind = ?1 and invitedBy = ?2 and status = ?3 and lower(email) = ?4", Invitation.Kind.MEMBER, memberId,
                Invitation.Status.SENT, email.toLowerCase(Locale.ROOT)) > 0) {
            throw ProblemException.of(ProblemType.INVALID_STATE, "problem.invalid-state.already-invited");
        }
        Invitation i = Invitation.create(Invitation.Kind.MEMBER, email, Actor.of(memberId, null), now);
        i.name = request.name().strip();
        i.message = blankToNull(request.message());
        if (Member.findByEmail(email).isPresent()) {
            i.newLink(now);
            i.persist();
        } else {
            send(i, AccountMail.Template.REFERRAL_INVITATION, Map.of("inviter", inviter.displayName), now);
        }
        flush();
        return view(i, now);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
