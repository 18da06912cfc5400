package app.alumni.career;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import app.alumni.career.CareerEnums.EmploymentType;
import app.alumni.career.CareerEnums.Kind;
import app.alumni.career.CareerEnums.ListingStatus;
import app.alumni.career.CareerEnums.WorkStyle;
import app.alumni.common.Keyset;
import app.alumni.common.Publication;
import app.alumni.common.TextKeys;
import app.alumni.common.TextSearch;

/**
 * The career feature's SQL, where PostgreSQL itself is the point: the listing search (skill arrays and the gram
 * index) and the re-hire preferences upsert. Everything else about careers is entities and HQL.
 */
@ApplicationScoped
class CareerQueries {

    private final EntityManager em;

    CareerQueries(EntityManager em) {
        this.em = em;
    }

    /** Members whose desired roles (for re-hire) name part of this title, such as "エンジニア" in "バックエンドエンジニア". */
    List<UUID> desiringRoleIn(String title) {
        return em.createNativeQuery("""
                select member_id from rehire_preference
                where exists (select 1 from unnest(desired_roles) d
                              where length(btrim(d)) >= 2 and strpos(lower(:title), lower(btrim(d))) > 0)""", UUID.class)
                .setParameter("title", title).getResultList();
    }

    /** What a listing search asks for; {@code openAt} null lists every listing (HR), otherwise those open then. */
    record ListingFilter(Kind kind, String q, String skill, WorkStyle workStyle, EmploymentType employmentType, OffsetDateTime openAt) {
    }

    /** Listings newest first, after {@code cursor} by keyset. */
    @SuppressWarnings("unchecked")
    List<JobListing> listings(ListingFilter filter, int limit, String cursor) {
        StringBuilder sql = new StringBuilder("select l.* from job_listing l where ");
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.openAt() == null) {
            sql.append("true");
        } else {
            sql.append(Publication.openAt("l.status", "l.closes_at"));
            params.put("open", ListingStatus.OPEN.name());
            params.put("now", filter.openAt());
        }
        if (filter.kind() != null) {
            sql.append(" and l.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.workStyle() != null) {
            sql.append(" and l.work_style = :workStyle");
            params.put("workStyle", filter.workStyle().name());
        }
        if (filter.employmentType() != null) {
            sql.append(" and l.employment_type = :employmentType");
            params.put("employmentType", filter.employmentType().name());
        }
        if (filter.skill() != null && !TextKeys.normalize(filter.skill()).isEmpty()) {
            sql.append(" and l.skill_keys @> cast(:skill as text[])");
            params.put("skill", TextKeys.arrayLiteral(List.of(TextKeys.normalize(filter.skill()))));
        }
        TextSearch.appendConditions(sql, params, "l", TextSearch.terms(filter.q()));
        Keyset.after(cursor, "l.created_at", "l.id", true, sql, params);
        sql.append(" order by l.created_at desc, l.id desc limit ").append(limit + 1);
        Query query = em.createNativeQuery(sql.toString(), JobListing.class);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    /** Creates or replaces a member's re-hire preferences in one statement (two first saves at once keep one row). */
    void saveRehirePreference(UUID memberId, List<String> roles, LocalDate earliestStart, WorkStyle style, String note,
            OffsetDateTime now) {
        em.createNativeQuery("""
                insert into rehire_preference (member_id, desired_roles, earliest_start, work_style, note, updated_at)
                values (:member, cast(:roles as varchar[]), :start, :style, :note, :now)
                on conflict (member_id) do update set desired_roles = excluded.desired_roles, earliest_start = excluded.earliest_start,
                  work_style = excluded.work_style, note = excluded.note, updated_at = :now, version = rehire_preference.version + 1""")
                .setParameter("member", memberId)
                .setParameter("roles", TextKeys.arrayLiteral(roles))
                .setParameter("now", now)
                .setParameter("start", earliestStart)
                .setParameter("style", style == null ? null : style.name())
                .setParameter("note", note)
                .executeUpdate();
    }
}
