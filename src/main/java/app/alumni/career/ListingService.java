package app.alumni.career;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import app.alumni.career.CareerEnums.EmploymentType;
import app.alumni.career.CareerEnums.Kind;
import app.alumni.career.CareerEnums.ListingStatus;
import app.alumni.career.CareerEnums.WorkStyle;
import app.alumni.career.CareerQueries.ListingFilter;
import app.alumni.career.CareerRequests.ListingInput;
import app.alumni.career.CareerRequests.SalaryRange;
import app.alumni.career.CareerViews.ListingView;
import app.alumni.career.CareerViews.MyApplication;
import app.alumni.common.ChangesSince;
import app.alumni.common.Cursor;
import app.alumni.common.ETags;
import app.alumni.common.MergePatch;
import app.alumni.common.Page;
import app.alumni.common.ProblemException;
import app.alumni.common.ProblemType;
import app.alumni.common.ReadOnly;
import app.alumni.common.TextKeys;
import app.alumni.common.Times;
import app.alumni.common.Violation;
import app.alumni.common.WriteRates;
import app.alumni.member.Caller;
import app.alumni.member.IntegrationEvent;
import app.alumni.member.Integrations;
import app.alumni.member.Member;
import app.alumni.member.Notice;
import app.alumni.member.NoticeType;
import app.alumni.member.Notices;
import app.alumni.member.Recipients;
import app.alumni.member.Scopes;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Job listings and collaboration opportunities. */
@ApplicationScoped
public class ListingService {

    /** {@code alumni.careers.*}: how many collaboration listings one member may publish per minute. */
    @ConfigMapping(prefix = "alumni.careers")
    interface CareersConfig {
        @WithDefault("5")
        int maxListingsPerMinute();
    }

    private final EntityManager em;
    private final CareerQueries queries;
    private final MergePatch mergePatch;
    private final WriteRates rates;
    private final CareersConfig config;
    private final Notices notices;
    private final Integrations integrations;
    private final Clock clock;

    ListingService(EntityManager em, CareerQueries queries, MergePatch mergePatch, WriteRates rates, CareersConfig config, Notices notices,
            Integrations integrations, Clock clock) {
        this.integrations = integrations;
        this.clock = clock;
        this.notices = notices;
        this.em = em;
        this.queries = queries;
        this.mergePatch = mergePatch;
        this.rates = rates;
        this.config = config;
    }

    @Transactional
    JobListing create(Caller caller, ListingInput input) {
        if (input.kind() == Kind.JOB && !caller.may(Scopes.JOBS_WRITE)) {
            throw ProblemException.of(ProblemType.FORBIDDEN, "problem.forbidden.jobs");
        }
        if (input.kind() == Kind.COLLABORATION && caller.isClient()) {
            throw ProblemException.of(ProblemType.MEMBERS_ONLY);
        }
        if (input.status() == ListingStatus.CLOSED) {
            throw ProblemException.invalid("status", "validation.listing-create-status");
        }
        check(input);
        if (input.kind() == Kind.COLLABORATION) {
            // Members publish collaborations themselves, like posts; jobs come from HR.
            rates.check("job_listing", "poster_id", caller.id(), config.maxListingsPerMinute(), "problem.too-many-requests.listings");
        }
        JobListing l = new JobListing();
        l.kind = input.kind();
        l.posterId = caller.id();
        l.posterClient = caller.clientId();
        l.createdAt = Times.now(clock);
        apply(l, input);
        l.status = input.status() == null ? ListingStatus.OPEN : input.status();
        l.persist();
        if (l.status == ListingStatus.OPEN) {
            tellMatchingMembers(l);
            integrations.publish(IntegrationEvent.JOB_PUBLISHED, Map.of("listingId", l.id.toString(), "kind", l.kind.name()));
        }
        return l;
    }

    /** Open listings for everyone; drafts and closed ones for HR and the listing's poster. */
    @Transactional
    JobListing visible(UUID id, Caller caller) {
        JobListing l = JobListing.findById(id);
        if (l == null || (l.effectiveStatus(Times.now(clock)) != ListingStatus.OPEN && !l.isManagedBy(caller) && !l.isReviewedBy(caller)
                && !caller.may(Scopes.JOBS_READ))) {
            throw ProblemException.notFound();
        }
        return l;
    }

    @Transactional
    JobListing edit(UUID id, Caller caller, JsonNode patch, String ifMatch) {
        JobListing l = JobListing.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (l == null || (l.effectiveStatus(Times.now(clock)) != ListingStatus.OPEN && !l.isManagedBy(caller))) {
            throw ProblemException.notFound();
        }
        if (!l.isManagedBy(caller)) {
            throw ProblemException.of(ProblemType.FORBIDDEN);
        }
        ETags.check(ifMatch, l.version);
        ListingInput input = mergePatch.apply(inputOf(l), patch, ListingInput.class);
        if (input.kind() != l.kind) {
            throw ProblemException.invalid("kind", "validation.kind-unchangeable");
        }
        check(input);
        ListingStatus before = l.status;
        ListingStatus to = input.status() == null ? l.status : input.status();
        l.moveTo(to);
        apply(l, input);
        if (before == ListingStatus.DRAFT && l.status == ListingStatus.OPEN) {
            tellMatchingMembers(l);
            integrations.publish(IntegrationEvent.JOB_PUBLISHED, Map.of("listingId", l.id.toString(), "kind", l.kind.name()));
        }
        if (before != ListingStatus.CLOSED && l.status == ListingStatus.CLOSED) {
            integrations.publish(IntegrationEvent.JOB_CLOSED, Map.of("listingId", l.id.toString(), "kind", l.kind.name()));
        }
        return l;
    }

    /**
     * A job that opens reaches the members open to re-hire whom it may suit: one of its skills among theirs, or one of
     * their desired roles in its title.
     */
    private void tellMatchingMembers(JobListing l) {
        if (l.kind != Kind.JOB) {
            return;
        }
        List<String> skillKeys = l.skills.stream().map(TextKeys::normalize).distinct().toList();
        List<UUID> suited = Member.openToRehire(skillKeys, queries.desiringRoleIn(l.title));
        notices.fire(new Notice(NoticeType.JOB_MATCHED, l.posterId, l.asSubject(), Recipients.members(suited)));
    }

    /** Newest first. Members see open listings only; HR sees every listing. */
    @Transactional
    Page<ListingView> list(Kind kind, String q, String skill, WorkStyle workStyle, EmploymentType employmentType, int limit, String cursor,
            Caller caller) {
        ReadOnly.reads(em);
        var filter = new ListingFilter(kind, q, skill, workStyle, employmentType, caller.may(Scopes.JOBS_READ) ? null : Times.now(clock));
        List<JobListing> rows = queries.listings(filter, limit, cursor);
        return Page.ofBatch(rows, limit, shown -> {
            Map<UUID, MyApplication> mine = myApplications(caller.id(), shown.stream().map(l -> l.id).toList());
            return shown.stream().map(l -> ListingView.of(l, mine.get(l.id), Times.now(clock))).toList();
        }, l -> Cursor.encode(l.createdAt, l.id));
    }

    /** Every listing that changed since, of one kind or all, oldest change first (for HR's systems). */
    @Transactional
    Page<ListingView> changes(Kind kind, ChangesSince changes, int limit, String cursor, Caller caller) {
        ReadOnly.reads(em);
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (kind != null) {
            where.append(" and kind = :kind");
            params.put("kind", kind);
        }
        changes.appendTo(cursor, where, params);
        List<JobListing> rows = JobListing.<JobListing>find(where + ChangesSince.ORDER, params).page(0, limit + 1).list();
        return Page.ofBatch(rows, limit, shown -> {
            Map<UUID, MyApplication> mine = myApplications(caller.id(), shown.stream().map(l -> l.id).toList());
            return shown.stream().map(l -> ListingView.of(l, mine.get(l.id), Times.now(clock))).toList();
        }, l -> Cursor.encode(l.updatedAt, l.id));
    }

    ListingView view(JobListing l, Caller caller) {
        return ListingView.of(l, myApplications(caller.id(), List.of(l.id)).get(l.id), Times.now(clock));
    }

    /** The member's applications to these listings, in one statement. */
    Map<UUID, MyApplication> myApplications(UUID memberId, Collection<UUID> listingIds) {
        Map<UUID, MyApplication> mine = new HashMap<>();
        if (listingIds.isEmpty() || memberId == null) {
            return mine;
        }
        JobApplication.<JobApplication>list("applicantId = ?1 and listingId in ?2", memberId, Set.copyOf(listingIds))
                .forEach(a -> mine.put(a.listingId, new MyApplication(a.id, a.status)));
        return mine;
    }

    private static ListingInput inputOf(JobListing l) {
        return new ListingInput(l.kind, l.title, l.description, l.department, l.location, l.employmentType, l.workStyle,
                l.salaryCurrency == null ? null : new SalaryRange(l.salaryMin, l.salaryMax, l.salaryCurrency), l.posterCompany,
                l.contactPreference, List.copyOf(l.skills), l.closesAt, l.status);
    }

    /** Cross-field rules: the salary range, and which fields belong to which kind of listing. */
    private static void check(ListingInput input) {
        List<Violation> violations = new ArrayList<>();
        SalaryRange salary = input.salary();
        if (salary != null && salary.min() != null && salary.max() != null && salary.min() > salary.max()) {
            violations.add(new Violation("salary.max", "validation.salary-range"));
        }
        if (input.kind() == Kind.COLLABORATION) {
            onlyFor(violations, "department", input.department(), "validation.job-only");
            onlyFor(violations, "employmentType", input.employmentType(), "validation.job-only");
            onlyFor(violations, "salary", input.salary(), "validation.job-only");
        } else if (input.kind() == Kind.JOB) {
            onlyFor(violations, "posterCompany", input.posterCompany(), "validation.collaboration-only");
            onlyFor(violations, "contactPreference", input.contactPreference(), "validation.collaboration-only");
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    private static void onlyFor(List<Violation> violations, String field, Object value, String messageKey) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            violations.add(new Violation(field, messageKey));
        }
    }

    private void apply(JobListing l, ListingInput input) {
        l.title = input.title().strip();
        l.description = input.description();
        l.department = blankToNull(input.department());
        l.location = blankToNull(input.location());
        l.employmentType = input.employmentType();
        l.workStyle = input.workStyle();
        l.salaryMin = input.salary() == null ? null : input.salary().min();
        l.salaryMax = input.salary() == null ? null : input.salary().max();
        l.salaryCurrency = input.salary() == null ? null : input.salary().currency();
        l.posterCompany = blankToNull(input.posterCompany());
        l.contactPreference = blankToNull(input.contactPreference());
        l.skills = new ArrayList<>(input.skills() == null ? List.of() : input.skills().stream().map(String::strip).distinct().toList());
        l.closesAt = input.closesAt();
        l.updatedAt = Times.now(clock);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
