package app.alumni.roster;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import app.alumni.common.Cursor;
import app.alumni.common.ETags;
import app.alumni.common.Page;
import app.alumni.common.ProblemException;
import app.alumni.common.ProblemType;
import app.alumni.common.ReadOnly;
import app.alumni.common.TextSearch;
import app.alumni.common.Times;
import app.alumni.member.Invitation;
import app.alumni.member.Member;
import app.alumni.member.RosterEntry;
import app.alumni.member.YearMonths;
import app.alumni.roster.RosterViews.RosterEntryInput;
import app.alumni.roster.RosterViews.RosterEntryView;
import app.alumni.roster.RosterViews.RosterState;

/** HR's roster, entry by entry: the list with each person's state, and writing or removing one entry. */
@ApplicationScoped
class RosterService {

    /** A live HR invitation of the entry. */
    private static final String INVITED = "exists (select 1 from invitation i where i.roster_entry_id = r.id and i.kind = 'HR'"
            + " and i.status = 'SENT' and i.expires_at > :now)";
    /** A person's state from the member linked to the entry (registrations that HR rejects are unlinked) and invitations. */
    private static final String STATE = "case when m.status in ('ACTIVE', 'SUSPENDED') then 'ACTIVE' when m.status = 'PENDING'"
            + " then 'REGISTERED' when " + INVITED + " then 'INVITED' else 'NOT_INVITED' end";

    private final Clock clock;

    RosterService(Clock clock) {
        this.clock = clock;
    }

    /** What HR filters the roster by. */
    record Filter(String q, RosterState state, Integer leftYear, Boolean contactOptIn) {
    }

    /** One page in employee-number order: one query for the page, one for its entries. */
    @Transactional
    Page<RosterEntryView> list(Filter filter, int limit, String cursor) {
        ReadOnly.reads(RosterEntry.getEntityManager());
        StringBuilder where = new StringBuilder("true");
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> terms = TextSearch.terms(filter.q());
        TextSearch.appendConditions(where, params, "r", terms);
        if (filter.leftYear() != null) {
            where.append(" and r.left_on >= make_date(:leftYear, 1, 1) and r.left_on < make_date(:leftYear + 1, 1, 1)");
            params.put("leftYear", filter.leftYear());
        }
        if (filter.contactOptIn() != null) {
            where.append(" and r.contact_opt_in = :contactOptIn");
            params.put("contactOptIn", filter.contactOptIn());
        }
        if (filter.state() != null) {
            where.append(switch (filter.state()) {
                case ACTIVE -> " and m.status in ('ACTIVE', 'SUSPENDED')";
                case REGISTERED -> " and m.status = 'PENDING'";
                case INVITED -> " and r.member_id is null and " + INVITED;
                case NOT_INVITED -> " and r.member_id is null and not " + INVITED;
            });
        }
        if (cursor != null) {
            where.append(" and r.employee_number > :after");
            params.put("after", Cursor.decode(cursor, 1).get(0));
        }
        // As in the directory: with a selective search word, sort the few matches rather than walk the whole order.
        boolean selective = terms.stream().anyMatch(t -> t.codePointCount(0, t.length()) >= 2);
        var query = RosterEntry.getEntityManager().createNativeQuery("select cast(r.id as text), " + STATE
                + " from roster_entry r left join member m on m.id = r.member_id where " + where + " order by r.employee_number"
                + (selective ? " || ''" : "") + " limit :limit");
        params.forEach(query::setParameter);
        query.setParameter("limit", limit + 1);
        query.setParameter("now", Times.now(clock));
        @SuppressWarnings("unchecked")
        List<Object[]> found = query.getResultList();
        Map<UUID, RosterState> states = new LinkedHashMap<>();
        for (Object[] row : found) {
            states.put(UUID.fromString((String) row[0]), RosterState.valueOf((String) row[1]));
        }
        Map<UUID, RosterEntry> entries = states.isEmpty() ? Map.of()
                : RosterEntry.<RosterEntry>list("id in ?1", states.keySet()).stream()
                        .collect(Collectors.toMap(e -> e.id, Function.identity()));
        List<RosterEntry> ordered = new ArrayList<>(states.keySet().stream().map(entries::get).toList());
        return Page.of(ordered, limit, e -> RosterEntryView.of(e, states.get(e.id)), e -> Cursor.encode(e.employeeNumber));
    }

    @Transactional
    Versioned get(String employeeNumber) {
        RosterEntry e = RosterEntry.findByEmployeeNumber(employeeNumber).orElseThrow(ProblemException::notFound);
        return new Versioned(RosterEntryView.of(e, stateOf(e)), e.version);
    }

    /** An entry with its version (its ETag). */
    record Versioned(RosterEntryView view, long version) {
    }

    /** Creates the entry (created: true) or replaces it, checking {@code If-Match} against it. */
    @Transactional
    Written put(String employeeNumber, RosterEntryInput input, String ifMatch) {
        String number = checkedNumber(employeeNumber);
        checkMonths(input.joinedOn(), input.leftOn());
        RosterEntry e = RosterEntry.<RosterEntry>find("employeeNumber", number).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        boolean created = e == null;
        if (created) {
            e = new RosterEntry();
            e.employeeNumber = number;
            e.createdAt = Times.now(clock);
        } else {
            ETags.check(ifMatch, e.version);
        }
        e.fullName = input.fullName().strip();
        e.fullNameKana = blankToNull(input.fullNameKana());
        e.email = blankToNull(input.email());
        e.joinedOn = YearMonths.toDate(input.joinedOn());
        e.leftOn = YearMonths.toDate(input.leftOn());
        e.lastDepartment = blankToNull(input.lastDepartment());
        e.contactOptIn = Boolean.TRUE.equals(input.contactOptIn());
        e.rehireInterest = Boolean.TRUE.equals(input.rehireInterest());
        e.updatedAt = Times.now(clock);
        try {
            e.persistAndFlush();
        } catch (PersistenceException ex) {
            if (ex instanceof ConstraintViolationException || ex.getCause() instanceof ConstraintViolationException) {
                // The same new number written twice at once: the unique constraint settles it.
                throw ProblemException.of(ProblemType.CONCURRENT_UPDATE);
            }
            throw ex;
        }
        return new Written(RosterEntryView.of(e, stateOf(e)), e.version, created);
    }

    /** A written entry, its version, and whether it is new. */
    record Written(RosterEntryView view, long version, boolean created) {
    }

    @Transactional
    void delete(String employeeNumber, String ifMatch) {
        RosterEntry e = RosterEntry.<RosterEntry>find("employeeNumber", RosterEntry.numberKey(employeeNumber))
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional().orElseThrow(ProblemException::notFound);
        ETags.check(ifMatch, e.version);
        e.delete();
    }

    static String checkedNumber(String employeeNumber) {
        String number = RosterEntry.numberKey(employeeNumber);
        if (number == null || !RosterRow.EMPLOYEE_NUMBER.matcher(number).matches()) {
            throw ProblemException.invalid("employeeNumber", "validation.roster.employee-number");
        }
        return number;
    }

    private static void checkMonths(YearMonth joinedOn, YearMonth leftOn) {
        if (joinedOn != null && leftOn != null && leftOn.isBefore(joinedOn)) {
            throw ProblemException.invalid("leftOn", "validation.left-before-joined");
        }
    }

    private RosterState stateOf(RosterEntry e) {
        if (e.memberId == null) {
            return Invitation.count("rosterEntryId = ?1 and kind = ?2 and status = ?3 and expiresAt > ?4", e.id, Invitation.Kind.HR,
                    Invitation.Status.SENT, Times.now(clock)) > 0 ? RosterState.INVITED : RosterState.NOT_INVITED;
        }
        Member m = Member.findById(e.memberId);
        return m == null ? RosterState.NOT_INVITED : switch (m.status) {
            case ACTIVE, SUSPENDED -> RosterState.ACTIVE;
            case PENDING -> RosterState.REGISTERED;
            default -> RosterState.NOT_INVITED;
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
