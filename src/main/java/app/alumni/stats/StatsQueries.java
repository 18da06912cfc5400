package app.alumni.stats;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The figures, each computed in SQL by one statement over the tables, read only: reporting is a reader of the whole
 * schema, like a warehouse view, and writes nothing. Activity comes from {@code member_month}, which triggers keep
 * (V25), so that a year of figures reads a row per active member and month, not every post. Months are the
 * organisation's.
 */
@ApplicationScoped
class StatsQueries {

    private final EntityManager em;

    StatsQueries(EntityManager em) {
        this.em = em;
    }

    private Query windowed(String sql, StatsWindow w) {
        Query q = em.createNativeQuery(sql);
        if (sql.contains(":from")) {
            q.setParameter("from", w.fromAt()).setParameter("to", w.toAt());
        }
        if (sql.contains(":fromMonth")) {
            q.setParameter("fromMonth", w.fromMonth()).setParameter("toMonth", w.toMonth());
        }
        if (sql.contains(":tz")) {
            q.setParameter("tz", w.zone().getId());
        }
        return q;
    }

    @SuppressWarnings("unchecked")
    List<Object[]> rows(String sql, StatsWindow w) {
        return windowed(sql, w).getResultList();
    }

    Object[] row(String sql, StatsWindow w) {
        return (Object[]) windowed(sql, w).getSingleResult();
    }

    /** Accounts by status and affiliation. */
    List<Object[]> members(StatsWindow w) {
        return rows("select status, affiliation, count(*) from member group by status, affiliation", w);
    }

    /**
     * Per month: registrations, approvals and the median hours they took (from the accounts); active members, posts,
     * comments and reactions (from the monthly rollup, whole months).
     */
    List<Object[]> months(StatsWindow w) {
        return rows("""
                select 'registrations' as measure, to_char(created_at at time zone :tz, 'YYYY-MM') as month, count(*)::float8
                from member where created_at >= :from and created_at < :to group by 2
                union all
                select 'approvals', to_char(reviewed_at at time zone :tz, 'YYYY-MM'), count(*)::float8
                from member where reviewed_at >= :from and reviewed_at < :to and status not in ('PENDING', 'REJECTED') group by 2
                union all
                select 'medianHoursToApprove', to_char(reviewed_at at time zone :tz, 'YYYY-MM'),
                       percentile_cont(0.5) within group (order by extract(epoch from reviewed_at - created_at) / 3600)
                from member where reviewed_at >= :from and reviewed_at < :to and status not in ('PENDING', 'REJECTED') group by 2
                union all
                select unnest(array['activeMembers', 'posts', 'comments', 'reactions']), to_char(month, 'YYYY-MM'),
                       unnest(array[count(*), sum(posts), sum(comments), sum(reactions)])::float8
                from member_month where month >= :fromMonth and month < :toMonth group by month""", w);
    }

    /** Published events starting in the window: how many, their answers by kind, check-ins. */
    Object[] events(StatsWindow w) {
        return row("""
                select count(distinct e.id), count(r.status) filter (where r.status = 'GOING'),
                       count(r.status) filter (where r.status = 'WAITLISTED'), count(r.status) filter (where r.status = 'NOT_GOING'),
                       count(r.checked_in_at)
                from event e left join event_rsvp r on r.event_id = e.id
                where e.status = 'PUBLISHED' and e.starts_at >= :from and e.starts_at < :to""", w);
    }

    /** Applications made in the window, by status now. */
    List<Object[]> applicationsByStatus(StatsWindow w) {
        return rows("select status, count(*) from job_application where created_at >= :from and created_at < :to group by status", w);
    }

    /** Hires in the window by year: all, and those of people who had left the company. */
    List<Object[]> hires(StatsWindow w) {
        return rows("""
                select extract(year from c.changed_at at time zone :tz)::int, count(*), count(*) filter (where m.left_on is not null)
                from job_application_change c join job_application a on a.id = c.application_id
                left join member m on m.id = a.applicant_id
                where c.to_status = 'HIRED' and c.changed_at >= :from and c.changed_at < :to group by 1 order by 1""", w);
    }

    /** Job referrals made in the window by status now. */
    List<Object[]> referralsByStatus(StatsWindow w) {
        return rows("select status, count(*) from job_referral where created_at >= :from and created_at < :to group by status", w);
    }

    /** Members' invitations of former colleagues sent in the window, and those taken up. */
    Object[] memberInvitations(StatsWindow w) {
        return row("""
                select count(*), count(accepted_at) from invitation where kind = 'MEMBER' and sent_at >= :from and sent_at < :to""", w);
    }

    /** Surveys open during the window (newest 100), with their responses. */
    List<Object[]> surveys(StatsWindow w) {
        return rows("""
                select s.id, s.title, s.audience, s.anonymous, (select count(*) from survey_participation p where p.survey_id = s.id)
                from survey s where s.status <> 'DRAFT' and s.opens_at < :to and s.closes_at >= :from
                order by s.opens_at desc, s.id limit 100""", w);
    }

    /** The roster by leaving year: entries, invited, registered, active. */
    List<Object[]> roster(StatsWindow w) {
        return rows("""
                select extract(year from r.left_on)::int, count(*),
                       count(*) filter (where exists (select 1 from invitation i where i.roster_entry_id = r.id)),
                       count(r.member_id), count(m.id) filter (where m.status = 'ACTIVE')
                from roster_entry r left join member m on m.id = r.member_id
                group by 1 order by 1 nulls last""", w);
    }

    /**
     * The cohort measures per group of active members (see {@code Cohort.MEASURES}), groups in order: activity from the
     * monthly rollup (whole months), hires and referrals from their tables.
     */
    List<Object[]> cohorts(StatsWindow w, String groupExpression) {
        return rows("""
                with g as (select m.id, """ + groupExpression + """
                 as grp from member m where m.status = 'ACTIVE'),
                mm as materialized (
                       select member_id, sum(posts)::int as p, sum(comments)::int as c, sum(reactions)::int as r,
                              sum(event_answers)::int as e, sum(check_ins)::int as ci, sum(applications)::int as a,
                              sum(survey_responses)::int as s
                       from member_month where month >= :fromMonth and month < :toMonth group by member_id),
                h as (select applicant_id as id, count(*) as n from job_application
                      where status = 'HIRED' and created_at >= :from and created_at < :to and applicant_id is not null group by 1),
                jr as (select referrer_id as id, count(*) as n from job_referral where created_at >= :from and created_at < :to group by 1)
                select g.grp, count(*), count(mm.member_id), coalesce(sum(mm.p), 0), coalesce(sum(mm.c), 0), coalesce(sum(mm.r), 0),
                       coalesce(sum(mm.e), 0), coalesce(sum(mm.ci), 0), coalesce(sum(mm.a), 0), coalesce(sum(h.n), 0),
                       coalesce(sum(jr.n), 0), coalesce(sum(mm.s), 0)
                from g left join mm on mm.member_id = g.id left join h on h.id = g.id left join jr on jr.id = g.id
                group by g.grp order by g.grp nulls last""", w);
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
