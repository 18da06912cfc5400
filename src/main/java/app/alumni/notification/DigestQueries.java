package app.alumni.notification;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import app.alumni.member.NoticeType;
import app.alumni.notification.NotificationPreference.Digest;

/** The digest's SQL: claiming a batch of members for a period, their items since their last digest, its mail. */
@ApplicationScoped
class DigestQueries {

    /** Each type's default mailing, as SQL (the JSON of a member's preferences holds only what differs). */
    private static final String DEFAULT_MAILING = "case n.type "
            + Arrays.stream(NoticeType.values()).map(t -> "when '" + t.name() + "' then '" + t.defaultMailing().name() + "' ")
                    .collect(Collectors.joining())
            + "end";

    private final EntityManager em;

    DigestQueries(EntityManager em) {
        this.em = em;
    }

    /** Claims up to {@code max} active members of this frequency whose digest of the period nobody claimed yet. */
    @SuppressWarnings("unchecked")
    List<UUID> claim(Digest frequency, OffsetDateTime periodStart, OffsetDateTime now, int max) {
        return em.createNativeQuery("""
                insert into digest_delivery (member_id, frequency, period_start, created_at, mailed)
                select m.id, :frequency, :period, :now, false
                from member m left join notification_preference p on p.member_id = m.id
                where m.status = 'ACTIVE' and coalesce(p.digest, 'WEEKLY') = :frequency
                  and not exists (select 1 from digest_delivery d
                                  where d.member_id = m.id and d.frequency = :frequency and d.period_start = :period)
                limit :max
                on conflict do nothing
                returning member_id""", UUID.class)
                .setParameter("frequency", frequency.name()).setParameter("period", periodStart).setParameter("now", now)
                .setParameter("max", max).getResultList();
    }

    /**
     * Per member (of those given), the ids of their notifications they want in the digest, newest first, since their
     * previous digest (or since {@code fallbackSince} for a first one). Members with none are left out.
     */
    Map<UUID, List<UUID>> itemsSinceLastDigest(Collection<UUID> members, OffsetDateTime now, OffsetDateTime fallbackSince) {
        List<Tuple> rows = em.createNativeQuery("""
                with since as (
                  select b.member_id,
                         coalesce((select max(d.created_at) from digest_delivery d
                                   where d.member_id = b.member_id and d.created_at < :now), :fallback) as since
                  from unnest(cast(:members as uuid[])) as b(member_id))
                select n.member_id as member_id, n.id as id
                from notification n
                join since s on s.member_id = n.member_id
                left join notification_preference p on p.member_id = n.member_id
                where n.created_at > s.since and n.created_at <= :now and n.read_at is null
                  and coalesce(p.settings -> n.type ->> 'email', """ + DEFAULT_MAILING + """
                ) = 'DIGEST'
                order by n.member_id, n.created_at desc, n.id desc""", Tuple.class)
                .setParameter("members", members.toArray(UUID[]::new)).setParameter("now", now).setParameter("fallback", fallbackSince)
                .getResultList();
        return rows.stream().collect(Collectors.groupingBy(r -> r.get("member_id", UUID.class), LinkedHashMap::new,
                Collectors.mapping(r -> r.get("id", UUID.class), Collectors.toList())));
    }

    /**
     * The batch's digests into the outbox in one statement, each listing at most {@code maxItems} of its items (the
     * rest counted); rendered when sent, in each member's language. Returns how many.
     */
    int mailDigests(Map<UUID, List<UUID>> items, Digest frequency, int maxItems, OffsetDateTime now) {
        if (items.isEmpty()) {
            return 0;
        }
        List<UUID> members = List.copyOf(items.keySet());
        String[] shown = members.stream().map(m -> items.get(m).stream().limit(maxItems).map(UUID::toString)
                .collect(Collectors.joining(","))).toArray(String[]::new);
        String[] totals = members.stream().map(m -> Integer.toString(items.get(m).size())).toArray(String[]::new);
        return em.createNativeQuery("""
                insert into mail_outbox (id, template, member_id, recipient, language, params, status, attempts, next_attempt_at,
                                         created_at)
                select gen_random_uuid(), 'digest', m.id, m.email, m.preferred_language,
                       jsonb_build_object('name', m.display_name, 'frequency', :frequency, 'ids', d.ids, 'total', d.total),
                       'PENDING', 0, :now, :now
                from unnest(cast(:members as uuid[]), cast(:shown as text[]), cast(:totals as text[])) as d(member_id, ids, total)
                join member m on m.id = d.member_id""")
                .setParameter("frequency", frequency.name()).setParameter("members", members.toArray(UUID[]::new))
                .setParameter("shown", shown).setParameter("totals", totals).setParameter("now", now)
                .executeUpdate();
    }

    void markMailed(Collection<UUID> members, Digest frequency, OffsetDateTime periodStart) {
        if (members.isEmpty()) {
            return;
        }
        em.createNativeQuery("update digest_delivery set mailed = true where frequency = :frequency and period_start = :period"
                + " and member_id = any (cast(:members as uuid[]))")
                .setParameter("frequency", frequency.name()).setParameter("period", periodStart)
                .setParameter("members", members.toArray(UUID[]::new)).executeUpdate();
    }
}
