package app.alumni.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import app.alumni.common.HttpNames;
import app.alumni.common.Responses;
import app.alumni.member.Caller;
import app.alumni.member.Role;
import app.alumni.notification.PreferenceService.Versioned;
import app.alumni.notification.PreferenceViews.Preferences;

@Path("/api/v1/members/me/notification-preferences")
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ACTIVE_MEMBER)
public class PreferenceResource {

    private final PreferenceService preferences;
    private final Caller caller;

    PreferenceResource(PreferenceService preferences, Caller caller) {
        this.preferences = preferences;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getNotificationPreferences", summary = "My notification preferences",
            description = "Any active member: every type with how it reaches them (defaults until they choose), the language of "
                    + "their mails and the digest's rhythm.")
    @APIResponse(responseCode = "200", description = "The preferences.")
    public RestResponse<Preferences> get() {
        Versioned v = preferences.get(caller.id());
        return Responses.ok(v.preferences(), v.version());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceNotificationPreferences", summary = "Change my notification preferences",
            description = "Any active member. Replaces them as a whole; a type left out returns to its default. `If-Match` is "
                    + "honoured (412 when stale).")
    @APIResponse(responseCode = "200", description = "The preferences now.")
    public RestResponse<Preferences> replace(@HeaderParam(HttpNames.IF_MATCH) String ifMatch, @Valid @NotNull Preferences wanted) {
        Versioned v = preferences.replace(caller.id(), wanted, ifMatch);
        return Responses.ok(v.preferences(), v.version());
    }
}
