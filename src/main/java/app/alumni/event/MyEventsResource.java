package app.alumni.event;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.alumni.member.Caller;
import app.alumni.common.Page;
import app.alumni.event.EventViews.EventView;
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
    @Operation(operationId = "listMyEvents", summary = "My upcoming events", description = "Events I am going to or waitlisted for, soonest first.")
    @APIResponse(responseCode = "200", description = "One page of events.")
    public Page<EventView> mine(
            @Parameter(description = "Page size, 1 to 100.") @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @Parameter(description = "`nextCursor` of the previous page.") @QueryParam("cursor") @Size(max = 500) String cursor) {
        return events.mine(caller, limit, cursor);
    }
}
