package app.alumni.event;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.JsonNode;

import app.alumni.common.AuditTrail;
import app.alumni.common.Audited;
import app.alumni.common.BodyLimit;
import app.alumni.common.ChangesSince;
import app.alumni.common.HttpNames;
import app.alumni.common.Page;
import app.alumni.common.PageRequest;
import app.alumni.common.Responses;
import app.alumni.event.EventEnums.Rsvp;
import app.alumni.event.EventEnums.Status;
import app.alumni.event.EventEnums.When;
import app.alumni.event.EventRequests.EventInput;
import app.alumni.event.EventRequests.EventMessage;
import app.alumni.event.EventRequests.RsvpRequest;
import app.alumni.event.EventViews.Attendee;
import app.alumni.event.EventViews.EventView;
import app.alumni.event.EventViews.RsvpResult;
import app.alumni.member.Caller;
import app.alumni.member.Role;
import app.alumni.member.Scopes;

@BodyLimit(kib = BodyLimit.LONG_TEXT_KIB)
@Path("/api/v1/events")
@Tag(name = "Events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ACTIVE_MEMBER)
public class EventResource {

    private static final String EVENT_ID = "Event id.";

    private final EventService events;
    private final RsvpService rsvps;
    private final Caller caller;

    private final AuditTrail trail;

    EventResource(EventService events, RsvpService rsvps, Caller caller, AuditTrail trail) {
        this.trail = trail;
        this.events = events;
        this.rsvps = rsvps;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.Names.ACTIVE_MEMBER, Scopes.EVENTS_WRITE })
    @Operation(operationId = "createEvent", summary = "Create or propose an event",
            description = "HR admins publish at once. Any other active member proposes a community event: it stays `PROPOSED` (visible "
                    + "to them and HR) until HR approves or rejects it.")
    @APIResponseSchema(value = EventView.class, responseCode = "201", responseDescription = "Created.")
    public RestResponse<EventView> create(@Valid @NotNull EventInput input) {
        Event e = events.create(caller, input);
        return Responses.created("/api/v1/events/" + e.id, events.view(e, caller), e.version);
    }

    @GET
    @RolesAllowed({ Role.Names.ACTIVE_MEMBER, Scopes.EVENTS_READ })
    @Operation(operationId = "listEvents", summary = "Events",
            description = "Published and cancelled events: `when=UPCOMING` (not yet over; soonest first, the default) or `when=PAST` "
                    + "(latest first; the value ignores case). "
                    + "HR admins list proposals with `status=PROPOSED` (or `REJECTED`). `q` finds words of title, description and venue, "
                    + "Japanese included. With `updatedSince` (HR admins and API clients with `events:read`; no other filter): every "
                    + "event that changed since, in any status, oldest change first.")
    @APIResponse(responseCode = "200", description = "One page of events.")
    public Page<EventView> list(
            @Parameter(description = "Upcoming or past.") @QueryParam("when") @DefaultValue("UPCOMING") When when,
            @Parameter(description = "Only this status; PROPOSED and REJECTED for HR admins only.") @QueryParam("status") Status status,
            @Parameter(description = "Only events with this tag.", example = "交流会") @QueryParam("tag") @Size(max = 50) String tag,
            @Parameter(description = "Words to find.", example = "大阪") @QueryParam("q") @Size(max = 100) String q,
            @BeanParam ChangesSince changes,
            @Valid @BeanParam PageRequest page) {
        if (changes.requested()) {
            ChangesSince.only(caller.may(Scopes.EVENTS_READ), status, tag, q);
            return events.changes(changes, page.limit(), page.cursor(), caller);
        }
        return events.list(when, status, tag, q, null, page.limit(), page.cursor(), caller);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Role.Names.ACTIVE_MEMBER, Scopes.EVENTS_READ })
    @Operation(operationId = "getEvent", summary = "An event",
            description = "With going and waitlist counts and the caller's own answer (`myRsvp`). `onlineUrl` only for members who are "
                    + "going, the organiser and HR.")
    @APIResponse(responseCode = "200", description = "The event.")
    public RestResponse<EventView> get(@Parameter(description = EVENT_ID) @PathParam("id") UUID id) {
        Event e = events.visible(id, caller);
        return Responses.ok(events.view(e, caller), e.version);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ HttpNames.MERGE_PATCH_JSON, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Role.Names.ACTIVE_MEMBER, Scopes.EVENTS_WRITE })
    @Operation(operationId = "patchEvent", summary = "Edit an event",
            description = "The organiser or HR admins. JSON merge patch; with `If-Match`, a stale version is 412. Each change raises the "
                    + "calendar SEQUENCE. "
                    + "More seats let waitlisted members in, earliest first; fewer seats than members already going is 409.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = EventInput.class)))
    @APIResponse(responseCode = "200", description = "The edited event.")
    public RestResponse<EventView> patch(@Parameter(description = EVENT_ID) @PathParam("id") UUID id,
            @HeaderParam(HttpNames.IF_MATCH) String ifMatch,
            JsonNode patch) {
        Event e = events.edit(id, caller, patch, ifMatch);
        return Responses.ok(events.view(e, caller), e.version);
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.Names.ACTIVE_MEMBER, Scopes.EVENTS_WRITE })
    @Operation(operationId = "cancelEvent", summary = "Cancel an event",
            description = "The organiser or HR admins. The event stays visible as `CANCELLED` with the message; no more answers are "
                    + "taken. Cancelling again changes nothing.")
    @APIResponse(responseCode = "200", description = "The cancelled event.")
    public RestResponse<EventView> cancel(@Parameter(description = EVENT_ID) @PathParam("id") UUID id,
            @Valid @NotNull EventMessage message) {
        Event e = events.cancel(id, caller, message.message());
        return Responses.ok(events.view(e, caller), e.version);
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed({ Role.Names.HR_ADMIN, Scopes.EVENTS_WRITE })
    @Audited(action = "event.approve", target = "event")
    @Operation(operationId = "approveEvent", summary = "Approve a proposed event",
            description = "HR admins. The event is published. Approving a published event again changes nothing; a rejected or cancelled "
                    + "one is 409.")
    @APIResponse(responseCode = "200", description = "The published event.")
    public RestResponse<EventView> approve(@Parameter(description = EVENT_ID) @PathParam("id") UUID id) {
        Event e = events.approve(id);
        return Responses.ok(events.view(e, caller), e.version);
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.Names.HR_ADMIN, Scopes.EVENTS_WRITE })
    @Audited(action = "event.reject", target = "event")
    @Operation(operationId = "rejectEvent", summary = "Reject a proposed event",
            description = "HR admins, with a message the organiser sees.")
    @APIResponse(responseCode = "200", description = "The rejected event.")
    public RestResponse<EventView> reject(@Parameter(description = EVENT_ID) @PathParam("id") UUID id,
            @Valid @NotNull EventMessage message) {
        Event e = events.reject(id, message.message());
        return Responses.ok(events.view(e, caller), e.version);
    }

    @PUT
    @Path("/{id}/rsvp")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rsvpEvent", summary = "Answer an event",
            description = "`GOING` gives a seat, or a place on the waitlist (`WAITLISTED`) when the event is full; answering again "
                    + "changes nothing. "
                    + "`NOT_GOING` frees the seat for the earliest waitlisted member. No answers after the RSVP deadline, for cancelled "
                    + "or started events (409 `rsvp-closed`).")
    @APIResponse(responseCode = "200", description = "The caller's resulting answer and the event's counts.")
    @APIResponse(responseCode = "409", description = "Answers are closed (type `rsvp-closed`): cancelled, started or past the deadline.")
    public RsvpResult rsvp(@Parameter(description = EVENT_ID) @PathParam("id") UUID id,
            @Valid @NotNull RsvpRequest request) {
        return rsvps.answer(id, caller, request.status());
    }

    @GET
    @Path("/{id}/attendees")
    @RolesAllowed({ Role.Names.ACTIVE_MEMBER, Scopes.EVENTS_READ })
    @Audited(action = "attendees.read", target = "event", read = true)
    @Operation(operationId = "listAttendees", summary = "Who is coming",
            description = "Organisers and HR admins: everyone who answered (filter with `status`), with check-in. E-mail addresses: HR "
                    + "admins see all of them, "
                    + "organisers only those of members who show their address. Other members: the going members' public details only.")
    @APIResponse(responseCode = "200", description = "One page of attendees, in the order they answered.")
    public Page<Attendee> attendees(@Parameter(description = EVENT_ID) @PathParam("id") UUID id,
            @Parameter(description = "Only this answer (organisers and HR).") @QueryParam("status") Rsvp status,
            @Valid @BeanParam PageRequest page) {
        Page<Attendee> found = events.attendees(id, caller, status, page.limit(), page.cursor());
        trail.subjects(found.items().stream().map(Attendee::memberId).toList());
        return found;
    }

    @POST
    @Path("/{id}/attendees/{memberId}/check-in")
    @Audited(action = "attendee.check-in", target = "event")
    @Operation(operationId = "checkInAttendee", summary = "Check a member in",
            description = "The organiser or HR admins record that a going member attended. Checking in twice keeps the first time; "
                    + "members who are not going are 409.")
    @APIResponse(responseCode = "200", description = "The attendee.")
    public Attendee checkIn(@Parameter(description = EVENT_ID) @PathParam("id") UUID id,
            @Parameter(description = "Member id.") @PathParam("memberId") UUID memberId) {
        return events.checkIn(id, memberId, caller);
    }

    @GET
    @Path("/{id}/calendar.ics")
    @Produces(Calendars.MEDIA_TYPE)
    @Operation(operationId = "getEventCalendar", summary = "The event as iCalendar",
            description = "An RFC 5545 VCALENDAR with one VEVENT: stable UID, start and end in the event's time zone, location, URL (for "
                    + "those who may see it), STATUS:CANCELLED when cancelled, SEQUENCE growing with edits.")
    @APIResponse(responseCode = "200", description = "The calendar.",
            content = @Content(mediaType = Calendars.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary",
                    maxLength = 100000, description = "An RFC 5545 VCALENDAR, UTF-8.")))
    public Response calendar(@Parameter(description = EVENT_ID) @PathParam("id") UUID id) {
        return Response.ok(events.calendar(id, caller), Calendars.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"event-" + id + ".ics\"")
                .build();
    }
}
