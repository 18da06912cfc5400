package app.alumni.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import app.alumni.common.Csv;
import app.alumni.common.ReadOnly;
import app.alumni.member.Affiliation;
import app.alumni.member.Organisation;
import app.alumni.stats.StatsViews.ApplicationFigures;
import app.alumni.stats.StatsViews.Cohort;
import app.alumni.stats.StatsViews.Cohorts;
import app.alumni.stats.StatsViews.EventFigures;
import app.alumni.stats.StatsViews.Grouping;
import app.alumni.stats.StatsViews.HireYear;
import app.alumni.stats.StatsViews.MemberFigures;
import app.alumni.stats.StatsViews.MonthFigures;
import app.alumni.stats.StatsViews.Overview;
import app.alumni.stats.StatsViews.ReferralFigures;
import app.alumni.stats.StatsViews.RosterCoverage;
import app.alumni.stats.StatsViews.RosterFigures;
import app.alumni.stats.StatsViews.SurveyFigures;

/** HR's figures, each from one SQL statement, in a read-only transaction; groups under the minimum size suppressed. */
@ApplicationScoped
class StatsService {

    /** Groups smaller than this are suppressed: their figures could single a person out. */
    static final int MINIMUM_GROUP_SIZE = 5;

    private static final Map<Grouping, String> GROUP_EXPRESSIONS = new EnumMap<>(Map.of(
            Grouping.LEFT_YEAR, "extract(year from m.left_on)::int::text",
            Grouping.LAST_DEPARTMENT, "nullif(m.last_department, '')",
            Grouping.AFFILIATION, "m.affiliation"));

    private final EntityManager em;
    private final StatsQueries queries;
    private final Organisation organisation;
    private final Clock clock;

    StatsService(EntityManager em, StatsQueries queries, Organisation organisation, Clock clock) {
        this.em = em;
        this.queries = queries;
        this.organisation = organisation;
        this.clock = clock;
    }

    StatsWindow window(LocalDate from, LocalDate to) {
        return StatsWindow.of(from, to, organisation.timeZone(), LocalDate.now(clock.withZone(organisation.timeZone())));
    }

    @Transactional
    Overview overview(StatsWindow w) {
        ReadOnly.reads(em);
        Map<String, Long> byStatus = new TreeMap<>();
        Map<String, Long> byAffiliation = new TreeMap<>();
        for (Object[] r : queries.members(w)) {
            byStatus.merge((String) r[0], StatsQueries.number(r[2]), Long::sum);
            if ("ACTIVE".equals(r[0])) {
                byAffiliation.merge((String) r[1], StatsQueries.number(r[2]), Long::sum);
            }
        }
        Object[] e = queries.events(w);
        Object[] invitations = queries.memberInvitations(w);
        return new Overview(w.from(), w.to(), w.zone().getId(), new MemberFigures(byStatus, byAffiliation), months(w),
                new EventFigures(StatsQueries.number(e[0]), StatsQueries.number(e[1]), StatsQueries.number(e[2]),
                        StatsQueries.number(e[3]), StatsQueries.number(e[4])),
                new ApplicationFigures(counts(queries.applicationsByStatus(w)), queries.hires(w).stream()
                        .map(r -> new HireYear(((Number) r[0]).intValue(), StatsQueries.number(r[1]), StatsQueries.number(r[2]))).toList()),
                new ReferralFigures(counts(queries.referralsByStatus(w)), StatsQueries.number(invitations[0]),
                        StatsQueries.number(invitations[1])),
                surveys(w, byAffiliation), roster(w));
    }

    private List<MonthFigures> months(StatsWindow w) {
        Map<String, Map<String, Double>> byMonth = new HashMap<>();
        for (Object[] r : queries.months(w)) {
            byMonth.computeIfAbsent((String) r[1], k -> new HashMap<>()).put((String) r[0], r[2] == null ? null : ((Number) r[2])
                    .doubleValue());
        }
        List<MonthFigures> months = new ArrayList<>();
        for (YearMonth month : w.months()) {
            Map<String, Double> m = byMonth.getOrDefault(month.toString(), Map.of());
            Double median = m.get("medianHoursToApprove");
            months.add(new MonthFigures(month.toString(), whole(m, "registrations"), whole(m, "approvals"),
                    median == null ? null : Math.round(median * 10) / 10.0, whole(m, "activeMembers"), whole(m, "posts"),
                    whole(m, "comments"), whole(m, "reactions")));
        }
        return months;
    }

    private static long whole(Map<String, Double> values, String measure) {
        Double value = values.get(measure);
        return value == null ? 0 : Math.round(value);
    }

    private List<SurveyFigures> surveys(StatsWindow w, Map<String, Long> activeByAffiliation) {
        long alumni = activeByAffiliation.getOrDefault(Affiliation.ALUMNUS.name(), 0L);
        long employees = activeByAffiliation.getOrDefault(Affiliation.EMPLOYEE.name(), 0L);
        return queries.surveys(w).stream().map(r -> {
            String audience = (String) r[2];
            long size = switch (audience) {
                case "ALUMNI" -> alumni;
                case "EMPLOYEES" -> employees;
                default -> alumni + employees;
            };
            long responses = StatsQueries.number(r[4]);
            return new SurveyFigures((UUID) r[0], (String) r[1], audience, (Boolean) r[3], responses, size,
                    size == 0 ? null : Math.round(1000.0 * responses / size) / 1000.0);
        }).toList();
    }

    private RosterFigures roster(StatsWindow w) {
        List<RosterCoverage> years = new ArrayList<>();
        long[] total = new long[4];
        for (Object[] r : queries.roster(w)) {
            long[] v = { StatsQueries.number(r[1]), StatsQueries.number(r[2]), StatsQueries.number(r[3]), StatsQueries.number(r[4]) };
            for (int i = 0; i < 4; i++) {
                total[i] += v[i];
            }
            years.add(new RosterCoverage(r[0] == null ? null : ((Number) r[0]).intValue(), v[0], v[1], v[2], v[3]));
        }
        return new RosterFigures(new RosterCoverage(null, total[0], total[1], total[2], total[3]), years);
    }

    private static Map<String, Long> counts(List<Object[]> rows) {
        Map<String, Long> counts = new TreeMap<>();
        rows.forEach(r -> counts.put((String) r[0], StatsQueries.number(r[1])));
        return counts;
    }

    @Transactional
    Cohorts cohorts(StatsWindow w, Grouping by) {
        ReadOnly.reads(em);
        List<Cohort> groups = new ArrayList<>();
        for (Object[] r : queries.cohorts(w, GROUP_EXPRESSIONS.get(by))) {
            long[] measures = new long[Cohort.MEASURES.size()];
            for (int i = 0; i < measures.length; i++) {
                measures[i] = StatsQueries.number(r[i + 1]);
            }
            groups.add(Cohort.of(r[0] == null ? null : r[0].toString(), measures, MINIMUM_GROUP_SIZE));
        }
        return new Cohorts(by.key(), w.from(), w.to(), MINIMUM_GROUP_SIZE, groups);
    }

    /** The overview as CSV: one row per figure (section, measure, key, value), for spreadsheets. */
    static byte[] csv(Overview o) {
        Csv out = new Csv().row(List.of("section", "measure", "key", "value"));
        o.members().byStatus().forEach((k, v) -> out.row(List.of("members", "byStatus", k, v.toString())));
        o.members().byAffiliation().forEach((k, v) -> out.row(List.of("members", "byAffiliation", k, v.toString())));
        for (MonthFigures m : o.months()) {
            out.row(List.of("months", "registrations", m.month(), Long.toString(m.registrations())));
            out.row(List.of("months", "approvals", m.month(), Long.toString(m.approvals())));
            out.row(List.of("months", "medianHoursToApprove", m.month(), m.medianHoursToApprove() == null ? ""
                    : m.medianHoursToApprove().toString()));
            out.row(List.of("months", "activeMembers", m.month(), Long.toString(m.activeMembers())));
            out.row(List.of("months", "posts", m.month(), Long.toString(m.posts())));
            out.row(List.of("months", "comments", m.month(), Long.toString(m.comments())));
            out.row(List.of("months", "reactions", m.month(), Long.toString(m.reactions())));
        }
        EventFigures e = o.events();
        out.row(List.of("events", "events", "", Long.toString(e.events())));
        out.row(List.of("events", "going", "", Long.toString(e.going())));
        out.row(List.of("events", "waitlisted", "", Long.toString(e.waitlisted())));
        out.row(List.of("events", "notGoing", "", Long.toString(e.notGoing())));
        out.row(List.of("events", "checkIns", "", Long.toString(e.checkIns())));
        o.applications().byStatus().forEach((k, v) -> out.row(List.of("applications", "byStatus", k, v.toString())));
        for (HireYear h : o.applications().hires()) {
            out.row(List.of("applications", "hires", Integer.toString(h.year()), Long.toString(h.hires())));
            out.row(List.of("applications", "boomerangs", Integer.toString(h.year()), Long.toString(h.boomerangs())));
        }
        o.referrals().jobReferralsByStatus().forEach((k, v) -> out.row(List.of("referrals", "jobReferralsByStatus", k, v.toString())));
        out.row(List.of("referrals", "invitationsSent", "", Long.toString(o.referrals().invitationsSent())));
        out.row(List.of("referrals", "invitationsAccepted", "", Long.toString(o.referrals().invitationsAccepted())));
        for (SurveyFigures s : o.surveys()) {
            out.row(List.of("surveys", "responseCount", s.id().toString(), Long.toString(s.responseCount())));
            out.row(List.of("surveys", "audienceSize", s.id().toString(), Long.toString(s.audienceSize())));
            out.row(List.of("surveys", "responseRate", s.id().toString(), s.responseRate() == null ? "" : s.responseRate().toString()));
        }
        for (RosterCoverage c : o.roster().byLeftYear()) {
            String year = c.leftYear() == null ? "" : c.leftYear().toString();
            out.row(List.of("roster", "entries", year, Long.toString(c.entries())));
            out.row(List.of("roster", "invited", year, Long.toString(c.invited())));
            out.row(List.of("roster", "registered", year, Long.toString(c.registered())));
            out.row(List.of("roster", "active", year, Long.toString(c.active())));
        }
        return out.toBytes();
    }

    /** The cohorts as CSV: one row per group, the measures as columns (empty when suppressed). */
    static byte[] csv(Cohorts cohorts) {
        List<String> header = new ArrayList<>(List.of(cohorts.by(), "suppressed"));
        header.addAll(Cohort.MEASURES);
        Csv out = new Csv().row(header);
        for (Cohort c : cohorts.groups()) {
            List<String> row = new ArrayList<>(List.of(c.group() == null ? "" : c.group(), Boolean.toString(c.suppressed())));
            c.values().forEach(v -> row.add(v == null ? "" : v.toString()));
            out.row(row);
        }
        return out.toBytes();
    }
}
