package app.alumni.event;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import app.alumni.common.ChangesSince;
import app.alumni.common.Cursor;
import app.alumni.common.ETags;
import app.alumni.common.Keyset;
import app.alumni.common.MergePatch;
import app.alumni.common.Page;
import app.alumni.common.ProblemException;
import app.alumni.common.ProblemType;
import app.alumni.common.ReadOnly;
import app.alumni.common.Tags;
import app.alumni.common.Times;
import app.alumni.common.Violation;
import app.alumni.event.EventEnums.Rsvp;
import app.alumni.event.EventEnums.Status;
import app.alumni.event.EventEnums.When;
import app.alumni.event.EventRequests.EventInput;
import app.alumni.event.EventRequests.Venue;
import app.alumni.event.EventViews.Attendee;
import app.alumni.event.EventViews.EventView;
import app.alumni.event.EventViews.Organiser;
import app.alumni.member.Caller;
import app.alumni.member.GroupAccess;
import app.alumni.member.IntegrationEvent;
import app.alumni.member.Integrations;
import app.alumni.member.MemberCard;
import app.alumni.member.Notice;
import app.alumni.member.NoticeType;
import app.alumni.member.Notices;
import app.alumni.member.Organisation;
import app.alumni.member.Recipients;
import app.alumni.member.Scopes;

/** Creating, proposing, approving, editing, cancelling and listing events. */
@ApplicationScoped
public class EventService {

    static final String DEFAULT_ZONE = "Asia/Tokyo";

    private final EntityManager em;
    private final EventQueries queries;
    private final MergePatch mergePatch;
    private final RsvpService rsvps;
    private final Calendars calendars;
    private final Notices notices;
    private final Integrations integrations;
    private final Organisation organisation;
    private final Clock clock;

    EventService(EntityManager em, EventQueries queries, MergePatch mergePatch, RsvpService rsvps, Calendars calendars,
            Notices notices, Integrations integrations, Organisation organisation, Clock clock) {
        this.organisation = organisation;
        this.integrations = integrations;
        this.clock = clock;
        this.notices = notices;
        this.em = em;
        this.queries = queries;
        this.mergePatch = mergePatch;
        this.rsvps = rsvps;
        this.calendars = calendars;
    }

    /** HR admins publish at once; any other active member proposes, for HR to approve. */
    @Transactional
    Event create(Caller organiser, EventInput input) {
        check(input, true);
        if (input.groupId() != null) {
            GroupAccess.checkContributor(input.groupId(), organiser);
        }
        Event e = new Event();
        e.groupId = input.groupId();
        e.organiserId = organiser.id();
        e.organiserClient = organiser.clientId();
        e.status = organiser.may(Scopes.EVENTS_WRITE) ? Status.PUBLISHED : Status.PROPOSED;
        e.createdAt = Times.now(clock);
        apply(e, input);
        e.persist();
        if (e.status == Status.PUBLISHED) {
            notices.fire(new Notice(NoticeType.EVENT_PUBLISHED, organiser.id(), e.asSubject(), audience(e)));
            integrations.publish(IntegrationEvent.EVENT_PUBLISHED, Map.of("eventId", e.id.toString()));
        }
        return e;
    }

    /** Who hears of a published event: everyone, or the members of its group. */
    private static Recipients audience(Event e) {
        return e.groupId == null ? Recipients.everyone() : Recipients.groupMembers(e.groupId);
    }

    /**
     * An event the viewer may see: listed ones for everyone (a closed group's for its members), proposals and
     * rejections for their organiser, HR and HR's systems with {@code events:read}.
     */
    @Transactional
    Event visible(UUID id, Caller viewer) {
        Event e = Event.findById(id);
        if (e == null || (!e.isListed() && !e.isOrganisedBy(viewer) && !viewer.may(Scopes.EVENTS_READ))
                || (!viewer.may(Scopes.EVENTS_READ) && !GroupAccess.sees(e.groupId, viewer))) {
            throw ProblemException.notFound();
        }
        return e;
    }

    @Transactional
    Event edit(UUID id, Caller viewer, JsonNode patch, String ifMatch) {
        Event e = lockForOrganiser(id, viewer);
        if (e.status == Status.CANCELLED || e.status == Status.REJECTED) {
            throw ProblemException.of(ProblemType.INVALID_STATE, "problem.invalid-state.event-closed", e.status.name());
        }
        ETags.check(ifMatch, e.version);
        EventInput input = mergePatch.apply(inputOf(e), patch, EventInput.class);
        check(input, false);
        if (!Objects.equals(input.groupId(), e.groupId)) {
            throw ProblemException.invalid("groupId", "validation.group-fixed");
        }
        if (input.capacity() != null && input.capacity() < e.goingCount) {
            throw ProblemException.of(ProblemType.INVALID_STATE, "problem.invalid-state.capacity", e.goingCount);
        }
        List<Object> before = e.whereAndWhen();
        OffsetDateTime startedAt = e.startsAt;
        apply(e, input);
        if (!startedAt.isEqual(e.startsAt)) {
            e.remindedAt = null;
        }
        e.sequence++;
        em.flush();
        rsvps.fillFreeSeats(e);
        if (e.isListed() && !before.equals(e.whereAndWhen())) {
            notices.fire(new Notice(NoticeType.EVENT_UPDATED, viewer.id(), e.asSubject(), RsvpService.comingTo(e.id)));
        }
        return e;
    }

    @Transactional
    Event cancel(UUID id, Caller viewer, String message) {
        Event e = lockForOrganiser(id, viewer);
        if (e.cancel(message, Times.now(clock))) {
            notices.fire(new Notice(NoticeType.EVENT_CANCELLED, viewer.id(), e.asSubject(), RsvpService.comingTo(e.id)));
            integrations.publish(IntegrationEvent.EVENT_CANCELLED, Map.of("eventId", e.id.toString()));
        }
        return e;
    }

    @Transactional
    Event approve(UUID id) {
        Event e = lockExisting(id);
        Status before = e.status;
        e.approve(Times.now(clock));
        if (before != Status.PUBLISHED) {
            integrations.publish(IntegrationEvent.EVENT_PUBLISHED, Map.of("eventId", e.id.toString()));
        }
        return e;
    }

    @Transactional
    Event reject(UUID id, String reason) {
        Event e = lockExisting(id);
        e.reject(reason, Times.now(clock));
        return e;
    }

    /** Listed events, upcoming (not yet over) soonest first or past latest first; or, for HR, proposals. */
    @Transactional
    Page<EventView> list(When when, Status status, String tag, String q, UUID groupId, int limit, String cursor, Caller viewer) {
        ReadOnly.reads(em);
        boolean proposals = EventQueries.isProposals(status);
        if (proposals && !viewer.may(Scopes.EVENTS_READ)) {
            throw ProblemException.of(ProblemType.FORBIDDEN, "problem.forbidden.proposals");
        }
        List<Event> rows = queries.list(when, status, tag, q, groupId, viewer.may(Scopes.EVENTS_READ) ? null : viewer, limit, cursor,
                Times.now(clock));
        return Page.ofBatch(rows, limit, shown -> views(shown, viewer), e -> Cursor.encode(proposals ? e.createdAt : e.startsAt, e.id));
    }

    /** Every event that changed since, in any status, oldest change first (for HR's systems). */
    @Transactional
    Page<EventView> changes(ChangesSince changes, int limit, String cursor, Caller viewer) {
        ReadOnly.reads(em);
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        changes.appendTo(cursor, where, params);
        List<Event> rows = Event.<Event>find(where + ChangesSince.ORDER, params).page(0, limit + 1).list();
        return Page.ofBatch(rows, limit, shown -> views(shown, viewer), e -> Cursor.encode(e.updatedAt, e.id));
    }

    /** A group's events, upcoming or past, for whoever may read the group's content. */
    @Transactional
    Page<EventView> groupEvents(UUID groupId, When when, int limit, String cursor, Caller viewer) {
        GroupAccess.checkReader(groupId, viewer);
        return list(when, null, null, null, groupId, limit, cursor, viewer);
    }

    /** The caller's upcoming events (going or waitlisted), soonest first. */
    @Transactional
    Page<EventView> mine(Caller viewer, int limit, String cursor) {
        ReadOnly.reads(em);
        StringBuilder where = new StringBuilder("r.member_id = :viewer and r.status in (:answers) and e.status in (:listed)"
                + " and e.ends_at > :now");
        Map<String, Object> params = new HashMap<>(Map.of("viewer", viewer.id(), "answers", List.of(Rsvp.GOING.name(),
                Rsvp.WAITLISTED.name()), "listed", Status.listedNames(), "now", Times.now(clock)));
        Keyset.after(cursor, "e.starts_at", "e.id", false, where, params);
        List<Event> rows = answeredEvents(where, params, limit + 1);
        return Page.ofBatch(rows, limit, shown -> views(shown, viewer), e -> Cursor.encode(e.startsAt, e.id));
    }

    /** Who is coming, as the caller may see it (see {@link RsvpService.AttendeeView}). */
    @Transactional
    Page<Attendee> attendees(UUID id, Caller caller, Rsvp status, int limit, String cursor) {
        ReadOnly.reads(em);
        Event e = visible(id, caller);
        return rsvps.attendees(e, RsvpService.AttendeeView.of(caller, e), caller.id(), status, limit, cursor);
    }

    /** The organiser or HR records that a going member attended. */
    @Transactional
    Attendee checkIn(UUID id, UUID memberId, Caller caller) {
        Event e = visible(id, caller);
        if (!e.isOrganisedBy(caller)) {
            throw ProblemException.of(ProblemType.FORBIDDEN, "problem.forbidden.organiser");
        }
        return rsvps.checkIn(e, memberId, RsvpService.AttendeeView.of(caller, e));
    }

    /** The event as iCalendar; the online URL only for its organisers and members who are going. */
    @Transactional
    String calendar(UUID id, Caller caller) {
        Event e = visible(id, caller);
        boolean showUrl = e.isOrganisedBy(caller) || rsvps.answersOf(caller.id(), List.of(e.id)).get(e.id) == Rsvp.GOING;
        return calendars.write(List.of(e), ev -> showUrl);
    }

    /** Events a member is going to, from a month ago on: the content of their calendar subscription. */
    @Transactional
    List<Event> goingTo(UUID memberId) {
        StringBuilder where = new StringBuilder("r.member_id = :viewer and r.status = 'GOING' and e.status in (:listed)"
                + " and e.ends_at > :since");
        return answeredEvents(where, Map.of("viewer", memberId, "listed", Status.listedNames(), "since", Times.now(clock).minusDays(30)),
                500);
    }

    /**
     * Events by the member's answers to them, soonest first; a closed group's only while they are in it (an answer
     * outlives leaving the group, what it shows does not).
     */
    @SuppressWarnings("unchecked")
    private List<Event> answeredEvents(CharSequence where, Map<String, Object> params, int max) {
        var query = em.createNativeQuery("select e.* from event_rsvp r join event e on e.id = r.event_id where " + where + " and "
                + GroupAccess.visibleTo("e.group_id") + " order by e.starts_at, e.id limit " + max, Event.class);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    /** Views of events: organisers and the caller's answers in one statement each. */
    List<EventView> views(Collection<Event> events, Caller viewer) {
        if (events.isEmpty()) {
            return List.of();
        }
        Map<UUID, MemberCard> organisers = MemberCard.byIds(events.stream().map(e -> e.organiserId).filter(Objects::nonNull).toList());
        Map<UUID, Rsvp> mine = rsvps.answersOf(viewer.id(), events.stream().map(e -> e.id).toList());
        Map<UUID, GroupAccess.GroupRef> groups = GroupAccess.refs(events.stream().map(e -> e.groupId).toList());
        List<EventView> views = new ArrayList<>();
        for (Event e : events) {
            Rsvp my = mine.get(e.id);
            Organiser by = e.organiserId == null ? Organiser.organisation(organisation) : Organiser.of(organisers.get(e.organiserId));
            GroupAccess.GroupRef group = e.groupId == null ? null : groups.get(e.groupId);
            views.add(EventView.of(e, by, my, e.isOrganisedBy(viewer) || my == Rsvp.GOING, group));
        }
        return views;
    }

    EventView view(Event e, Caller viewer) {
        return views(List.of(e), viewer).get(0);
    }

    private Event lockForOrganiser(UUID id, Caller viewer) {
        Event e = Event.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (e == null || (!e.isListed() && !e.isOrganisedBy(viewer))) {
            throw ProblemException.notFound();
        }
        if (!e.isOrganisedBy(viewer)) {
            throw ProblemException.of(ProblemType.FORBIDDEN, "problem.forbidden.organiser");
        }
        return e;
    }

    private static Event lockExisting(UUID id) {
        Event e = Event.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (e == null) {
            throw ProblemException.notFound();
        }
        return e;
    }

    private static EventInput inputOf(Event e) {
        return new EventInput(e.title, e.description, e.startsAt, e.endsAt, e.timeZone, e.format,
                e.venueName == null ? null : new Venue(e.venueName, e.venueAddress), e.onlineUrl, e.capacity, e.rsvpDeadline,
                List.copyOf(e.tags), e.groupId);
    }

    private void check(EventInput input, boolean creating) {
        List<Violation> violations = new ArrayList<>();
        if (!input.endsAt().isAfter(input.startsAt())) {
            violations.add(new Violation("endsAt", "validation.ends-before-start"));
        }
        if (creating && !input.startsAt().isAfter(Times.now(clock))) {
            violations.add(new Violation("startsAt", "validation.future"));
        }
        if (input.format().needsVenue() && input.venue() == null) {
            violations.add(new Violation("venue", "validation.venue-required"));
        }
        if (input.format().needsOnlineUrl() && (input.onlineUrl() == null || input.onlineUrl().isBlank())) {
            violations.add(new Violation("onlineUrl", "validation.online-url-required"));
        }
        if (input.rsvpDeadline() != null && input.rsvpDeadline().isAfter(input.startsAt())) {
            violations.add(new Violation("rsvpDeadline", "validation.deadline-after-start"));
        }
        if (input.timeZone() != null && !input.timeZone().isBlank() && !Calendars.knowsZone(input.timeZone())) {
            violations.add(new Violation("timeZone", "validation.time-zone"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    private void apply(Event e, EventInput input) {
        e.title = input.title().strip();
        e.description = input.description() == null ? "" : input.description();
        e.startsAt = input.startsAt();
        e.endsAt = input.endsAt();
        e.timeZone = input.timeZone() == null || input.timeZone().isBlank() ? DEFAULT_ZONE : input.timeZone();
        e.format = input.format();
        e.venueName = input.venue() == null ? null : input.venue().name().strip();
        e.venueAddress = input.venue() == null || input.venue().address() == null ? null : input.venue().address().strip();
        e.onlineUrl = input.format().needsOnlineUrl() ? input.onlineUrl() : null;
        e.capacity = input.capacity();
        e.rsvpDeadline = input.rsvpDeadline();
        e.tags = Tags.normalizeAll(input.tags());
        e.updatedAt = Times.now(clock);
    }
}
