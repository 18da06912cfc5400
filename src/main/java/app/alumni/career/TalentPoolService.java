package app.alumni.career;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import app.alumni.career.CareerEnums.ApplicationStatus;
import app.alumni.career.CareerRequests.RehirePreferences;
import app.alumni.career.CareerViews.MyApplicationSummary;
import app.alumni.career.CareerViews.TalentPoolEntryView;
import app.alumni.common.Page;
import app.alumni.common.ProblemException;
import app.alumni.common.ProblemType;
import app.alumni.common.Times;
import app.alumni.member.DirectoryFilter;
import app.alumni.member.DirectoryService;
import app.alumni.member.IntegrationEvent;
import app.alumni.member.Integrations;
import app.alumni.member.Member;
import app.alumni.member.OpenTo;

/**
 * Re-hire interest: members who put REHIRE in their profile's "open to" add preferences, and HR searches them.
 * Members who did not opt in never appear, whatever else they wrote.
 */
@ApplicationScoped
public class TalentPoolService {

    private final EntityManager em;
    private final CareerQueries queries;
    private final DirectoryService directory;
    private final Integrations integrations;
    private final Clock clock;

    TalentPoolService(EntityManager em, CareerQueries queries, DirectoryService directory, Integrations integrations, Clock clock) {
        this.integrations = integrations;
        this.clock = clock;
        this.em = em;
        this.queries = queries;
        this.directory = directory;
    }

    @Transactional
    RehirePreferences preferences(UUID memberId) {
        RehirePreference p = RehirePreference.findById(memberId);
        return p == null ? new RehirePreferences(List.of(), null, null, null)
                : new RehirePreferences(List.copyOf(p.desiredRoles), p.earliestStart, p.workStyle, p.note);
    }

    @Transactional
    RehirePreferences save(UUID memberId, RehirePreferences preferences) {
        Member m = Member.findById(memberId);
        if (m == null || !m.openTo.contains(OpenTo.REHIRE.name())) {
            throw ProblemException.of(ProblemType.INVALID_STATE, "problem.invalid-state.not-open-to-rehire");
        }
        List<String> roles = preferences.desiredRoles() == null ? List.of()
                : preferences.desiredRoles().stream().map(String::strip).distinct().toList();
        String note = preferences.noteToHr() == null || preferences.noteToHr().isBlank() ? null : preferences.noteToHr();
        queries.saveRehirePreference(memberId, roles, preferences.earliestStart(), preferences.workStyle(), note, Times.now(clock));
        integrations.publish(IntegrationEvent.REHIRE_INTEREST_CHANGED, Map.of("memberId", memberId.toString(), "openToRehire", true));
        return preferences(memberId);
    }

    /** Active members open to re-hire, in the directory's order, with preferences and applications: three statements a page. */
    @Transactional
    Page<TalentPoolEntryView> pool(String q, String skill, Integer leftYear, String department, int limit, String cursor) {
        DirectoryFilter filter = DirectoryFilter.of(q, skill, null, Set.of(OpenTo.REHIRE), leftYear, department);
        return directory.searchAsHr(filter, limit, cursor, this::views);
    }

    /** An application of a member in the pool, with its listing's title. */
    record PoolApplication(UUID applicantId, UUID id, UUID listingId, String title, ApplicationStatus status, OffsetDateTime createdAt) {
    }

    /** Preferences and applications of a page of members: two statements. */
    private List<TalentPoolEntryView> views(List<Member> shown) {
        List<UUID> ids = shown.stream().map(m -> m.id).toList();
        Map<UUID, RehirePreference> preferences = RehirePreference.of(ids);
        Map<UUID, List<MyApplicationSummary>> applications = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select a.applicantId, a.id, a.listingId, l.title, a.status, a.createdAt from JobApplication a"
                    + " join JobListing l on l.id = a.listingId where a.applicantId in :ids order by a.createdAt desc",
                    PoolApplication.class)
                    .setParameter("ids", ids).getResultList()
                    .forEach(a -> applications.computeIfAbsent(a.applicantId(), k -> new ArrayList<>())
                            .add(new MyApplicationSummary(a.id(), a.listingId(), a.title(), a.status(), a.createdAt())));
        }
        return shown.stream().map(m -> {
            RehirePreference p = preferences.get(m.id);
            return new TalentPoolEntryView(m.id, m.fullName, m.displayName, m.email, m.headline, m.currentCompany, m.currentTitle,
                    List.copyOf(m.skills), m.leftOn, List.copyOf(m.departments),
                    p == null ? List.of() : List.copyOf(p.desiredRoles), p == null ? null : p.earliestStart,
                    p == null ? null : p.workStyle, p == null ? null : p.note, applications.getOrDefault(m.id, List.of()));
        }).toList();
    }
}
