package app.alumni.event;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import app.alumni.common.Cursor;
import app.alumni.common.Keyset;
import app.alumni.common.Page;
import app.alumni.common.ProblemException;
import app.alumni.common.ProblemType;
import app.alumni.common.SqlValues;
import app.alumni.common.Times;
import app.alumni.event.EventEnums.Rsvp;
import app.alumni.event.EventEnums.Status;
import app.alumni.event.EventViews.Attendee;
import app.alumni.event.EventViews.RsvpResult;
import app.alumni.member.Caller;
import app.alumni.member.MemberCard;

/**
 * Answers to events. Every answer locks its event row first, so answers to one event are settled one at a time in
 * arrival order: seats are never overbooked, and the waitlist is first come, first served.
 */
@ApplicationScoped
public class RsvpService {

    private final EntityManager em;
    private final Clock clock;

    RsvpService(EntityManager em, Clock clock) {
        this.clock = clock;
        this.em = em;
    }

    @Transactional
    RsvpResult answer(UUID eventId, UUID memberId, Rsvp requested) {
        Event e = Event.findById(eventId, LockModeType.PESSIMISTIC_WRITE);
        if (e == null || !e.isListed()) {
            throw ProblemException.notFound();
        }
        OffsetDateTime now = Times.now(clock);
        if (e.status == Status.CANCELLED) {
            throw ProblemException.of(ProblemType.RSVP_CLOSED, "problem.rsvp-closed.cancelled");
        }
        if (!e.startsAt.isAfter(now)) {
            throw ProblemException.of(ProblemType.RSVP_CLOSED, "problem.rsvp-closed.started");
        }
        if (e.rsvpDeadline != null && e.rsvpDeadline.isBefore(now)) {
            throw ProblemException.of(ProblemType.RSVP_CLOSED, "problem.rsvp-closed.deadline");
        }
        Rsvp current = answersOf(memberId, List.of(eventId)).get(eventId);
        int going = e.goingCount;
        int waiting = e.waitlistCount;
        Rsvp result;
        if (requested == Rsvp.GOING) {
            if (current == Rsvp.GOING || current == Rsvp.WAITLISTED) {
                return new RsvpResult(current, going, waiting);
            }
            result = e.capacity == null || going < e.capacity ? Rsvp.GOING : Rsvp.WAITLISTED;
            store(eventId, memberId, result);
            if (result == Rsvp.GOING) {
                going++;
            } else {
                waiting++;
            }
        } else {
            result = Rsvp.NOT_GOING;
            if (current == Rsvp.NOT_GOING) {
                return new RsvpResult(result, going, waiting);
            }
            store(eventId, memberId, Rsvp.NOT_GOING);
            if (current == Rsvp.GOING) {
                going--;
                int promoted = promote(eventId, 1);
                going += promoted;
                waiting -= promoted;
            } else if (current == Rsvp.WAITLISTED) {
                waiting--;
            }
        }
        saveCounts(eventId, going, waiting);
        return new RsvpResult(result, going, waiting);
    }

    /** After a capacity change: waitlisted members take the free seats, earliest first. Runs under the event's lock. */
    void fillFreeSeats(Event e) {
        int free = e.capacity == null ? e.waitlistCount : Math.max(0, e.capacity - e.goingCount);
        if (free == 0 || e.waitlistCount == 0) {
            return;
        }
        int promoted = promote(e.id, free);
        saveCounts(e.id, e.goingCount + promoted, e.waitlistCount - promoted);
        em.refresh(e);
    }

    /** The member's answers to these events, in one statement. */
    Map<UUID, Rsvp> answersOf(UUID memberId, Collection<UUID> eventIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select event_id, status from event_rsvp where member_id = :member and event_id in (:events)")
                .setParameter("member", memberId).setParameter("events", eventIds).getResultList();
        Map<UUID, Rsvp> answers = new HashMap<>();
        for (Object[] row : rows) {
            answers.put((UUID) row[0], Rsvp.valueOf((String) row[1]));
        }
        return answers;
    }

    /** Who sees what of an event's attendees. */
    enum AttendeeView {
        /** Going members' public details only. */
        MEMBER,
        /** Everyone who answered, with check-in; e-mail addresses only of members who show theirs. */
        ORGANISER,
        /** Everyone, with every e-mail address. */
        HR;

        static AttendeeView of(Caller caller, Event e) {
            return caller.hrAdmin() ? HR : e.isOrganisedBy(caller) ? ORGANISER : MEMBER;
        }
    }

    private static final String ATTENDEE_COLUMNS = "select r.member_id, r.status, r.requested_at, r.checked_in_at from event_rsvp r";

    @Transactional
    Page<Attendee> attendees(Event e, AttendeeView view, Rsvp status, int limit, String cursor) {
        boolean organiserView = view != AttendeeView.MEMBER;
        StringBuilder sql = new StringBuilder(ATTENDEE_COLUMNS + " where r.event_id = :event");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("event", e.id);
        Rsvp only = organiserView ? status : Rsvp.GOING;
        if (only != null) {
            sql.append(" and r.status = :status");
            params.put("status", only.name());
        }
        Keyset.after(cursor, "r.requested_at", "r.member_id", false, sql, params);
        sql.append(" order by r.requested_at, r.member_id limit ").append(limit + 1);
        Query query = em.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return Page.ofBatch(rows, limit, shown -> {
            Map<UUID, MemberCard> members = MemberCard.byIds(shown.stream().map(row -> (UUID) row[0]).toList());
            return shown.stream().map(row -> attendee(row, members.get((UUID) row[0]), view)).toList();
        }, row -> Cursor.encode(SqlValues.offsetDateTime(row[2]), (UUID) row[0]));
    }

    /** Records attendance of a member who is going; checking in twice keeps the first time. */
    @Transactional
    Attendee checkIn(Event e, UUID memberId, AttendeeView view) {
        int updated = em.createNativeQuery("update event_rsvp set checked_in_at = coalesce(checked_in_at, :now)"
                + " where event_id = :event and member_id = :member and status = 'GOING'")
                .setParameter("event", e.id).setParameter("member", memberId).setParameter("now", Times.now(clock)).executeUpdate();
        if (updated == 0) {
            throw ProblemException.of(ProblemType.INVALID_STATE, "problem.invalid-state.not-going");
        }
        Object[] row = (Object[]) em.createNativeQuery(ATTENDEE_COLUMNS + " where r.event_id = :event and r.member_id = :member")
                .setParameter("event", e.id).setParameter("member", memberId).getSingleResult();
        return attendee(row, MemberCard.of(memberId), view);
    }

    private void store(UUID eventId, UUID memberId, Rsvp status) {
        // clock_timestamp(): the moment this answer got the event's lock, which orders the waitlist.
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

    private int promote(UUID eventId, int seats) {
        return em.createNativeQuery("""
                update event_rsvp set status = 'GOING', updated_at = clock_timestamp()
                where event_id = :event and member_id in (
                  select member_id from event_rsvp where event_id = :event and status = 'WAITLISTED'
                  order by requested_at, member_id limit :seats)""")
                .setParameter("event", eventId).setParameter("seats", seats).executeUpdate();
    }

    private void saveCounts(UUID eventId, int going, int waiting) {
        // Counters only: the event's version (its ETag for organisers) does not move with every answer.
        em.createNativeQuery("update event set going_count = :going, waitlist_count = :waiting where id = :event")
                .setParameter("going", going).setParameter("waiting", waiting).setParameter("event", eventId).executeUpdate();
    }

    private static Attendee attendee(Object[] row, MemberCard member, AttendeeView view) {
        boolean organiserView = view != AttendeeView.MEMBER;
        String email = view == AttendeeView.HR || (view == AttendeeView.ORGANISER && member.showEmail()) ? member.email() : null;
        return new Attendee(member.id(), member.displayName(), member.avatarUrl(), member.headline(), Rsvp.valueOf((String) row[1]),
                email, organiserView ? SqlValues.offsetDateTime(row[2]) : null, organiserView ? SqlValues.offsetDateTime(row[3]) : null);
    }
}
