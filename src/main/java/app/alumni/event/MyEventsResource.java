package app.alumni.event;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.alumni.common.Page;
import app.alumni.common.PageRequest;
import app.alumni.event.EventViews.EventView;
import app.alumni.member.Caller;
import app.alumni.member.Role;

/** A member's own upcoming events. */
@Path("/api/v1/members/me/events")
@Tag(name = "Events")
public class MyEventsResource {

    private final EventService events;
    private final Caller caller;

    MyEventsResource(EventService events, Caller caller) {
        this.events = events;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ACTIVE_MEMBER)
    @Operation(operationId = "listMyEvents", summary = "My upcoming events", description = "Events I am going to or waitlisted for, "
            + "soonest first.")
    @APIResponse(responseCode = "200", description = "One page of events.")
    public Page<EventView> mine(
            @Valid @BeanParam PageRequest page) {
        return events.mine(caller, page.limit(), page.cursor());
    }
}
