package app.alumni.event;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.alumni.common.Page;
import app.alumni.common.PageRequest;
import app.alumni.event.EventEnums.When;
import app.alumni.event.EventViews.EventView;
import app.alumni.member.Caller;
import app.alumni.member.Role;

/** A group's events; the path sits under the group, the events belong to the event feature. */
@Path("/api/v1/groups/{id}/events")
@Tag(name = "Groups")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ACTIVE_MEMBER)
public class GroupEventResource {

    private final EventService events;
    private final Caller caller;

    GroupEventResource(EventService events, Caller caller) {
        this.events = events;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listGroupEvents", summary = "A group's events",
            description = "Upcoming (soonest first, the default) or past (latest first), like the events list. An open group's for "
                    + "every active member; a closed group's for its members and HR admins (403 for other members).")
    @APIResponse(responseCode = "200", description = "One page of events.")
    public Page<EventView> list(@Parameter(description = "Group id.") @PathParam("id") UUID id,
            @Parameter(description = "Upcoming or past.") @QueryParam("when") @DefaultValue("UPCOMING") When when,
            @Valid @BeanParam PageRequest page) {
        return events.groupEvents(id, when, page.limit(), page.cursor(), caller);
    }
}
