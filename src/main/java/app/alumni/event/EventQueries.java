package app.alumni.event;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import app.alumni.common.Keyset;
import app.alumni.common.Tags;
import app.alumni.common.TextKeys;
import app.alumni.common.TextSearch;
import app.alumni.event.EventEnums.Rsvp;
import app.alumni.event.EventEnums.Status;
import app.alumni.event.EventEnums.When;
import app.alumni.member.Caller;
import app.alumni.member.GroupAccess;

/**
 * The event feature's SQL, where PostgreSQL itself is the point: the event list (tag arrays and the gram index),
 * answers settled under the event's lock (an upsert stamped with the lock's moment, and the waitlist's promotion in
 * arrival order), and the calendar-token upserts. Everything else about events is entities and HQL.
 */
@ApplicationScoped
class EventQueries {

    private final EntityManager em;

    EventQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * Listed events (upcoming soonest first, past latest first), or with {@code status} PROPOSED or REJECTED those
     * proposals oldest first; after {@code cursor} by keyset. With a {@code viewer}, only what they may see of groups.
     */
    @SuppressWarnings("unchecked")
    List<Event> list(When when, Status status, String tag, String q, UUID groupId, Caller viewer, int limit, String cursor,
            OffsetDateTime now) {
        StringBuilder sql = new StringBuilder("select e.* from event e where ");
        Map<String, Object> params = new LinkedHashMap<>();
        String at;
        boolean descending;
        if (isProposals(status)) {
            sql.append("e.status = :status");
            params.put("status", status.name());
            at = "e.created_at";
            descending = false;
        } else {
            sql.append("e.status in (:listed)");
            params.put("listed", Status.listedNames());
            if (status != null) {
                sql.append(" and e.status = :status");
                params.put("status", status.name());
            }
            boolean past = when == When.PAST;
            sql.append(past ? " and e.ends_at <= :now" : " and e.ends_at > :now");
            params.put("now", now);
            at = "e.starts_at";
            descending = past;
        }
        if (tag != null && !Tags.normalize(tag).isEmpty()) {
            sql.append(" and e.tags @> cast(:tag as varchar[])");
            params.put("tag", TextKeys.arrayLiteral(List.of(Tags.normalize(tag))));
        }
        TextSearch.appendConditions(sql, params, "e", TextSearch.terms(q));
        if (groupId != null) {
            sql.append(" and e.group_id = :group");
            params.put("group", groupId);
        }
        if (viewer != null) {
            // A closed group's events are for its members (the caller passes no viewer for HR, who sees them all).
            sql.append(" and ").append(GroupAccess.visibleTo("e.group_id"));
            params.put("viewer", viewer.id());
        }
        Keyset.after(cursor, at, "e.id", descending, sql, params);
        String direction = descending ? " desc" : "";
        sql.append(" order by ").append(at).append(direction).append(", e.id").append(direction).append(" limit ").append(limit + 1);
        Query query = em.createNativeQuery(sql.toString(), Event.class);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    /** Proposals are listed by creation; everything else by start. */
    static boolean isProposals(Status status) {
        return status == Status.PROPOSED || status == Status.REJECTED;
    }

    /** Stores a member's answer, stamped with the moment this transaction got the event's lock (the waitlist's order). */
    void storeAnswer(UUID eventId, UUID memberId, Rsvp status) {
        em.createNativeQuery("""
                insert into event_rsvp (event_id, member_id, status, requested_at, updated_at)
                values (:event, :member, :status, clock_timestamp(), clock_timestamp())
                on conflict (event_id, member_id) do update set
                  status = excluded.status,
                  requested_at = excluded.requested_at,
                  updated_at = excluded.updated_at,
                  checked_in_at = null""")
                .setParameter("event", eventId).setParameter("member", memberId).setParameter("status", status.name())
                .executeUpdate();
    }

    /** Gives up to {@code seats} free seats to the earliest waitlisted members; how many moved. */
    List<UUID> promoteWaitlisted(UUID eventId, int seats) {
        return em.createNativeQuery("""
                update event_rsvp set status = 'GOING', updated_at = clock_timestamp()
                where event_id = :event and member_id in (
                  select member_id from event_rsvp where event_id = :event and status = 'WAITLISTED' and member_id is not null
                  order by requested_at, member_id limit :seats)
                returning member_id""", UUID.class)
                .setParameter("event", eventId).setParameter("seats", seats).getResultList();
    }

    /** The member's calendar token, unless one exists (two first uses at once keep one). */
    void createCalendarFeed(UUID memberId, String token, OffsetDateTime now) {
        em.createNativeQuery("insert into calendar_feed (member_id, token, created_at) values (:member, :token, :now) on conflict "
                + "(member_id) do nothing")
                .setParameter("member", memberId).setParameter("token", token).setParameter("now", now).executeUpdate();
    }

    /** A new calendar token for the member, whether or not one existed. */
    void replaceCalendarFeed(UUID memberId, String token, OffsetDateTime now) {
        em.createNativeQuery("""
                insert into calendar_feed (member_id, token, created_at) values (:member, :token, :now)
                on conflict (member_id) do update set token = excluded.token, created_at = excluded.created_at""")
                .setParameter("member", memberId).setParameter("token", token).setParameter("now", now).executeUpdate();
    }
}
