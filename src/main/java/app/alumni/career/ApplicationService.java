package app.alumni.career;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import app.alumni.career.CareerEnums.ApplicationStatus;
import app.alumni.career.CareerEnums.Kind;
import app.alumni.career.CareerEnums.ListingStatus;
import app.alumni.career.CareerRequests.ApplicationPatch;
import app.alumni.career.CareerRequests.NewApplication;
import app.alumni.career.CareerViews.Applicant;
import app.alumni.career.CareerViews.ApplicationView;
import app.alumni.career.CareerViews.HistoryEntry;
import app.alumni.common.ChangesSince;
import app.alumni.common.Csv;
import app.alumni.common.Cursor;
import app.alumni.common.ETags;
import app.alumni.common.Keyset;
import app.alumni.common.Page;
import app.alumni.common.ProblemException;
import app.alumni.common.ProblemType;
import app.alumni.common.ReadOnly;
import app.alumni.common.Times;
import app.alumni.member.Actor;
import app.alumni.member.Caller;
import app.alumni.member.IntegrationEvent;
import app.alumni.member.Integrations;
import app.alumni.member.MemberCard;
import app.alumni.member.Notice;
import app.alumni.member.NoticeType;
import app.alumni.member.Notices;
import app.alumni.member.Recipients;
import app.alumni.member.Role;
import app.alumni.member.Scopes;

/** Applications to listings and their pipeline, with every move kept in the history. */
@ApplicationScoped
public class ApplicationService {

    private final Notices notices;
    private final Integrations integrations;
    private final Clock clock;

    ApplicationService(Notices notices, Integrations integrations, Clock clock) {
        this.integrations = integrations;
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional
    ApplicationView apply(UUID listingId, Caller caller, NewApplication request) {
        JobListing l = JobListing.findById(listingId);
        if (l == null || (l.effectiveStatus(Times.now(clock)) == ListingStatus.DRAFT && !l.isManagedBy(caller))) {
            throw ProblemException.notFound();
        }
        if (l.effectiveStatus(Times.now(clock)) != ListingStatus.OPEN) {
            throw ProblemException.of(ProblemType.INVALID_STATE, "problem.invalid-state.listing-closed");
        }
        if (caller.is(l.posterId)) {
            throw ProblemException.of(ProblemType.INVALID_STATE, "problem.invalid-state.own-listing");
        }
        JobApplication a = new JobApplication();
        a.listingId = listingId;
        a.applicantId = caller.id();
        a.message = request.message();
        a.resumeUrl = request.resumeUrl();
        a.status = ApplicationStatus.SUBMITTED;
        a.createdAt = Times.now(clock);
        a.consentAt = a.createdAt;
        a.updatedAt = a.createdAt;
        try {
            a.persistAndFlush();
        } catch (PersistenceException e) {
            if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                throw ProblemException.of(ProblemType.INVALID_STATE, "problem.invalid-state.already-applied");
            }
            throw e;
        }
        ApplicationChange.of(a.id, Actor.of(caller), null, ApplicationStatus.SUBMITTED, a.createdAt).persist();
        integrations.publish(IntegrationEvent.APPLICATION_SUBMITTED, Map.of("applicationId", a.id.toString(), "listingId", l.id.toString(),
                "kind", l.kind.name()));
        // HR reviews jobs; a collaboration's poster reviews its responses.
        notices.fire(new Notice(NoticeType.APPLICATION_RECEIVED, caller.id(), l.asSubject(),
                l.kind == Kind.JOB ? Recipients.withRole(Role.HR_ADMIN) : Recipients.member(l.posterId)));
        return views(List.of(a), Map.of(l.id, l), caller, false).get(0);
    }

    /** The applications to a listing, oldest first, for its reviewers. */
    @Transactional
    Page<ApplicationView> forListing(UUID listingId, Caller caller, int limit, String cursor) {
        ReadOnly.reads(JobApplication.getEntityManager());
        JobListing l = reviewable(listingId, caller);
        StringBuilder where = new StringBuilder("listingId = :listing");
        Map<String, Object> params = new HashMap<>(Map.of("listing", listingId));
        Keyset.after(cursor, "createdAt", "id", false, where, params);
        List<JobApplication> rows = JobApplication.<JobApplication>find(where + " order by createdAt, id", params)
                .page(0, limit + 1).list();
        return Page.ofBatch(rows, limit, shown -> views(shown, Map.of(l.id, l), caller, true), a -> Cursor.encode(a.createdAt, a.id));
    }

    /** All applications to a listing as CSV for spreadsheets: UTF-8 with a byte-order mark, formulas defused. */
    @Transactional
    byte[] csv(UUID listingId, Caller caller) {
        JobListing l = reviewable(listingId, caller);
        List<JobApplication> rows = JobApplication.<JobApplication>find("listingId = ?1 order by createdAt, id", listingId)
                .page(0, 10000).list();
        Map<UUID, MemberCard> applicants = MemberCard.byIds(rows.stream().map(a -> a.applicantId).toList());
        Csv out = new Csv();
        List<String> header = new ArrayList<>(List.of("applicationId", "appliedAt", "status", "fullName", "email", "currentCompany",
                "currentTitle", "message", "resumeUrl"));
        if (caller.may(Scopes.APPLICATIONS_READ)) {
            header.add("hrNote");
        }
        out.row(header);
        for (JobApplication a : rows) {
            // An erased applicant's application stays for the figures, naming no one.
            MemberCard m = a.applicantId == null ? null : applicants.get(a.applicantId);
            List<String> cells = new ArrayList<>(List.of(a.id.toString(), a.createdAt.toString(), a.status.name(),
                    m == null ? "" : m.fullName(), m == null ? "" : m.email(), m == null ? "" : nullToEmpty(m.currentCompany()),
                    m == null ? "" : nullToEmpty(m.currentTitle()), nullToEmpty(a.message), nullToEmpty(a.resumeUrl)));
            if (caller.may(Scopes.APPLICATIONS_READ)) {
                cells.add(nullToEmpty(a.hrNote));
            }
            out.row(cells);
        }
        return out.toBytes();
    }

    @Transactional
    ApplicationView get(UUID id, Caller caller) {
        JobApplication a = JobApplication.findById(id);
        JobListing l = a == null ? null : JobListing.findById(a.listingId);
        if (a == null || (!caller.is(a.applicantId) && !l.isReviewedBy(caller))) {
            throw ProblemException.notFound();
        }
        return views(List.of(a), Map.of(l.id, l), caller, l.isReviewedBy(caller)).get(0);
    }

    /** Reviewers move along the pipeline (and HR keeps a private note); applicants may only withdraw. */
    @Transactional
    ApplicationView change(UUID id, Caller caller, ApplicationPatch patch, String ifMatch) {
        JobApplication a = JobApplication.findById(id, LockModeType.PESSIMISTIC_WRITE);
        JobListing l = a == null ? null : JobListing.findById(a.listingId);
        boolean applicant = a != null && caller.is(a.applicantId);
        if (a == null || (!applicant && !l.isReviewedBy(caller))) {
            throw ProblemException.notFound();
        }
        if (patch.status() == null && patch.hrNote() == null) {
            throw ProblemException.invalid("status", "validation.status-or-note");
        }
        if (patch.hrNote() != null && !caller.may(Scopes.APPLICATIONS_WRITE)) {
            throw ProblemException.of(ProblemType.FORBIDDEN, "problem.forbidden.hr-note");
        }
        ETags.check(ifMatch, a.version);
        ApplicationStatus to = patch.status();
        if (to != null && to != a.status) {
            a.moveTo(to, Actor.of(caller), l.isDecidedBy(caller), Times.now(clock)).persist();
            integrations.publish(IntegrationEvent.APPLICATION_STATUS_CHANGED, Map.of("applicationId", a.id.toString(), "listingId",
                    l.id.toString(), "status", to.name()));
            if (a.applicantId != null) {
                notices.fire(new Notice(NoticeType.APPLICATION_STATUS_CHANGED, caller.id(), l.asSubject(), Recipients.member(a.applicantId),
                        Map.of("status", to.name())));
            }
        }
        if (patch.hrNote() != null) {
            a.hrNote = patch.hrNote().isBlank() ? null : patch.hrNote();
        }
        a.updatedAt = Times.now(clock);
        JobApplication.getEntityManager().flush();
        return views(List.of(a), Map.of(l.id, l), caller, l.isReviewedBy(caller)).get(0);
    }

    /**
     * Every application, for HR and HR's systems: oldest first, or with {@code updatedSince} what changed since, oldest
     * change first; optionally of one listing or in one status.
     */
    @Transactional
    Page<ApplicationView> all(UUID listingId, ApplicationStatus status, ChangesSince changes, Caller caller, int limit, String cursor) {
        ReadOnly.reads(JobApplication.getEntityManager());
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (listingId != null) {
            where.append(" and listingId = :listing");
            params.put("listing", listingId);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        List<JobApplication> rows;
        Function<JobApplication, String> cursorOf;
        if (changes.requested()) {
            changes.appendTo(cursor, where, params);
            rows = JobApplication.<JobApplication>find(where + ChangesSince.ORDER, params).page(0, limit + 1).list();
            cursorOf = a -> Cursor.encode(a.updatedAt, a.id);
        } else {
            Keyset.after(cursor, "createdAt", "id", false, where, params);
            rows = JobApplication.<JobApplication>find(where + " order by createdAt, id", params).page(0, limit + 1).list();
            cursorOf = a -> Cursor.encode(a.createdAt, a.id);
        }
        return Page.ofBatch(rows, limit, shown -> views(shown, listings(shown.stream().map(a -> a.listingId).toList()), caller, true),
                cursorOf);
    }

    /** My applications, newest first, with their history and without HR's notes. */
    @Transactional
    Page<ApplicationView> mine(Caller caller, int limit, String cursor) {
        ReadOnly.reads(JobApplication.getEntityManager());
        StringBuilder where = new StringBuilder("applicantId = :applicant");
        Map<String, Object> params = new HashMap<>(Map.of("applicant", caller.id()));
        Keyset.after(cursor, "createdAt", "id", true, where, params);
        List<JobApplication> rows = JobApplication.<JobApplication>find(where + " order by createdAt desc, id desc", params)
                .page(0, limit + 1).list();
        return Page.ofBatch(rows, limit, shown -> views(shown, listings(shown.stream().map(a -> a.listingId).toList()), caller, false),
                a -> Cursor.encode(a.createdAt, a.id));
    }

    private static JobListing reviewable(UUID listingId, Caller caller) {
        JobListing l = JobListing.findById(listingId);
        if (l == null) {
            throw ProblemException.notFound();
        }
        if (!l.isReviewedBy(caller)) {
            throw ProblemException.of(ProblemType.FORBIDDEN);
        }
        return l;
    }

    /** Views in a fixed number of statements: applicants and histories are loaded for the whole page at once. */
    private static List<ApplicationView> views(List<JobApplication> rows, Map<UUID, JobListing> listings, Caller caller, boolean reviewer) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, MemberCard> applicants = reviewer ? MemberCard.byIds(rows.stream().map(a -> a.applicantId).toList()) : Map.of();
        Map<UUID, List<HistoryEntry>> history = new HashMap<>();
        ApplicationChange.<ApplicationChange>list("applicationId in ?1 order by changedAt, id", rows.stream().map(a -> a.id).toList())
                .forEach(c -> history.computeIfAbsent(c.applicationId, k -> new ArrayList<>())
                        .add(new HistoryEntry(c.changedAt, c.actorId, c.fromStatus, c.toStatus, Actor.of(c.actorId, c.actorClient))));
        return rows.stream().map(a -> {
            JobListing l = listings.get(a.listingId);
            MemberCard m = a.applicantId == null ? null : applicants.get(a.applicantId);
            Applicant applicant = m == null ? null
                    : new Applicant(m.id(), m.fullName(), m.displayName(), m.email(), m.currentCompany(), m.currentTitle());
            return new ApplicationView(a.id, a.listingId, l.title, l.kind, applicant, a.message, a.resumeUrl, a.status,
                    caller.may(Scopes.APPLICATIONS_READ) ? a.hrNote : null, history.getOrDefault(a.id, List.of()), a.createdAt, a.updatedAt,
                    a.version);
        }).toList();
    }

    private static Map<UUID, JobListing> listings(Collection<UUID> ids) {
        Set<UUID> unique = Set.copyOf(ids);
        return unique.isEmpty() ? Map.of()
                : JobListing.<JobListing>list("id in ?1", unique).stream().collect(Collectors.toMap(l -> l.id, Function.identity()));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
