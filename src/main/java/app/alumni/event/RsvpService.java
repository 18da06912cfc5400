package app.alumni.event;

import java.time.Clock;
import java.time.OffsetDateTime;
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

import app.alumni.common.Cursor;
import app.alumni.common.Keyset;
import app.alumni.common.Page;
import app.alumni.common.ProblemException;
import app.alumni.common.ProblemType;
import app.alumni.common.Times;
import app.alumni.event.EventEnums.Rsvp;
import app.alumni.event.EventEnums.Status;
import app.alumni.event.EventRsvp.Answer;
import app.alumni.event.EventViews.Attendee;
import app.alumni.event.EventViews.RsvpResult;
import app.alumni.member.Blocks;
import app.alumni.member.Caller;
import app.alumni.member.GroupAccess;
import app.alumni.member.MemberCard;
import app.alumni.member.Notice;
import app.alumni.member.NoticeType;
import app.alumni.member.Notices;
import app.alumni.member.Recipients;
import app.alumni.member.Scopes;

/**
 * Answers to events. Every answer locks its event row first, so answers to one event are settled one at a time in
 * arrival order: seats are never overbooked, and the waitlist is first come, first served.
 */
@ApplicationScoped
public class RsvpService {

    private final EntityManager em;
    private final EventQueries queries;
    private final Notices notices;
    private final Blocks blocks;
    private final Clock clock;

    RsvpService(EntityManager em, EventQueries queries, Notices notices, Blocks blocks, Clock clock) {
        this.blocks = blocks;
        this.em = em;
        this.queries = queries;
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional
    RsvpResult answer(UUID eventId, Caller caller, Rsvp requested) {
        UUID memberId = caller.id();
        if (requested == Rsvp.WAITLISTED) {
            // Members answer GOING or NOT_GOING; the waitlist is where GOING lands when the event is full.
            throw ProblemException.invalid("status", "validation.invalid-value");
        }
        Event e = Event.findById(eventId, LockModeType.PESSIMISTIC_WRITE);
        if (e == null || !e.isListed() || !GroupAccess.sees(e.groupId, caller)) {
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
            queries.storeAnswer(eventId, memberId, result);
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
            queries.storeAnswer(eventId, memberId, Rsvp.NOT_GOING);
            if (current == Rsvp.GOING) {
                going--;
                int promoted = promote(e, 1);
                going += promoted;
                waiting -= promoted;
            } else if (current == Rsvp.WAITLISTED) {
                waiting--;
            }
        }
        Event.saveCounts(eventId, going, waiting);
        return new RsvpResult(result, going, waiting);
    }

    /**
     * The member's seats and waitlist places on upcoming events (of one group, or all) are given up, whatever the
     * deadline: the next on the waitlist take the seats and hear of it. Runs in the transaction of what caused it (an
     * erasure, leaving a closed group).
     */
    void giveUpUpcoming(UUID memberId, UUID groupId, OffsetDateTime now) {
        @SuppressWarnings("unchecked")
        List<UUID> upcoming = em.createNativeQuery("""
                select r.event_id from event_rsvp r join event e on e.id = r.event_id
                where r.member_id = :member and r.status in ('GOING', 'WAITLISTED') and e.status = 'PUBLISHED' and e.starts_at > :now
                  and (cast(:group as uuid) is null or e.group_id = cast(:group as uuid))
                order by r.event_id""", UUID.class)
                .setParameter("member", memberId).setParameter("group", groupId).setParameter("now", now).getResultList();
        upcoming.forEach(eventId -> giveUp(eventId, memberId));
    }

    private void giveUp(UUID eventId, UUID memberId) {
        Event e = Event.findById(eventId, LockModeType.PESSIMISTIC_WRITE);
        Rsvp current = answersOf(memberId, List.of(eventId)).get(eventId);
        if (e == null || current == null || current == Rsvp.NOT_GOING) {
            return;
        }
        queries.storeAnswer(eventId, memberId, Rsvp.NOT_GOING);
        int going = e.goingCount;
        int waiting = e.waitlistCount;
        if (current == Rsvp.GOING) {
            int promoted = promote(e, 1);
            going += promoted - 1;
            waiting -= promoted;
        } else {
            waiting--;
        }
        Event.saveCounts(eventId, going, waiting);
    }

    /** After a capacity change: waitlisted members take the free seats, earliest first. Runs under the event's lock. */
    void fillFreeSeats(Event e) {
        int free = e.capacity == null ? e.waitlistCount : Math.max(0, e.capacity - e.goingCount);
        if (free == 0 || e.waitlistCount == 0) {
            return;
        }
        int promoted = promote(e, free);
        Event.saveCounts(e.id, e.goingCount + promoted, e.waitlistCount - promoted);
        em.refresh(e);
    }

    /** Waitlisted members take up to {@code seats} seats, earliest first, and hear of it; returns how many moved. */
    private int promote(Event e, int seats) {
        List<UUID> promoted = queries.promoteWaitlisted(e.id, seats);
        if (!promoted.isEmpty()) {
            notices.fire(new Notice(NoticeType.WAITLIST_PROMOTED, null, e.asSubject(), Recipients.members(promoted)));
        }
        return promoted.size();
    }

    /** Who is going or waitlisted: those to tell when the event changes or is cancelled. */
    static Recipients comingTo(UUID eventId) {
        return Recipients.members(EventRsvp.comingTo(eventId));
    }

    /** The member's answers to these events, in one statement. */
    Map<UUID, Rsvp> answersOf(UUID memberId, Collection<UUID> eventIds) {
        return EventRsvp.answersOf(memberId, eventIds);
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
            return caller.may(Scopes.EVENTS_READ) ? HR : e.isOrganisedBy(caller) ? ORGANISER : MEMBER;
        }
    }

    @Transactional
    Page<Attendee> attendees(Event e, AttendeeView view, UUID viewer, Rsvp status, int limit, String cursor) {
        // Answers of erased members stay for the figures but name no one: they are not attendees to list. Members the
        // viewer blocked or was blocked by are not shown to them (HR sees everyone).
        StringBuilder where = new StringBuilder("eventId = :event and memberId is not null");
        Map<String, Object> params = new HashMap<>(Map.of("event", e.id));
        Set<UUID> hidden = view == AttendeeView.HR ? Set.of() : blocks.hiddenFrom(viewer);
        if (!hidden.isEmpty()) {
            where.append(" and memberId not in :hidden");
            params.put("hidden", hidden);
        }
        Rsvp only = view != AttendeeView.MEMBER ? status : Rsvp.GOING;
        if (only != null) {
            where.append(" and status = :status");
            params.put("status", only);
        }
        Keyset.after(cursor, "requestedAt", "memberId", false, where, params);
        List<Answer> rows = EventRsvp.find(where + " order by requestedAt, memberId", params).project(Answer.class)
                .page(0, limit + 1).list();
        return Page.ofBatch(rows, limit, shown -> {
            Map<UUID, MemberCard> members = MemberCard.byIds(shown.stream().map(Answer::memberId).toList());
            return shown.stream().map(a -> attendee(a, members.get(a.memberId()), view)).toList();
        }, a -> Cursor.encode(a.requestedAt(), a.memberId()));
    }

    /** Records attendance of a member who is going; checking in twice keeps the first time. */
    @Transactional
    Attendee checkIn(Event e, UUID memberId, AttendeeView view) {
        int updated = EventRsvp.update("checkedInAt = coalesce(checkedInAt, ?1) where eventId = ?2 and memberId = ?3 and status = ?4",
                Times.now(clock), e.id, memberId, Rsvp.GOING);
        if (updated == 0) {
            throw ProblemException.of(ProblemType.INVALID_STATE, "problem.invalid-state.not-going");
        }
        Answer answer = EventRsvp.find("eventId = ?1 and memberId = ?2", e.id, memberId).project(Answer.class).singleResult();
        return attendee(answer, MemberCard.of(memberId), view);
    }

    private static Attendee attendee(Answer answer, MemberCard member, AttendeeView view) {
        boolean organiserView = view != AttendeeView.MEMBER;
        String email = view == AttendeeView.HR || (view == AttendeeView.ORGANISER && member.showEmail()) ? member.email() : null;
        return new Attendee(member.id(), member.displayName(), member.avatarUrl(), member.headline(), answer.status(), email,
                organiserView ? answer.requestedAt() : null, organiserView ? answer.checkedInAt() : null);
    }
}
