package app.alumni.career;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.alumni.career.CareerRequests.RehirePreferences;
import app.alumni.member.Caller;
import app.alumni.member.Role;

/** A member's own re-hire preferences. */
@Path("/api/v1/members/me/rehire-preferences")
@Tag(name = "Careers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ACTIVE_MEMBER)
public class RehirePreferencesResource {

    private final TalentPoolService pool;
    private final Caller caller;

    RehirePreferencesResource(TalentPoolService pool, Caller caller) {
        this.pool = pool;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getMyRehirePreferences", summary = "My re-hire preferences", description = "Empty until set.")
    @APIResponse(responseCode = "200", description = "The preferences.")
    public RehirePreferences get() {
        return pool.preferences(caller.id());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putMyRehirePreferences", summary = "Set my re-hire preferences",
            description = "Only for members whose profile's `openTo` includes REHIRE (409 otherwise): desired roles, earliest start, "
                    + "preferred work style and a short note to HR. HR sees them in the talent pool.")
    @APIResponse(responseCode = "200", description = "The preferences as saved.")
    @APIResponse(responseCode = "409", description = "The profile's `openTo` does not include REHIRE.")
    public RehirePreferences put(@Valid @NotNull RehirePreferences preferences) {
        return pool.save(caller.id(), preferences);
    }
}
