package app.alumni.auth;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.alumni.auth.AuthDtos.PasswordChange;
import app.alumni.member.Caller;
import app.alumni.member.Role;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/members/me/password")
@Tag(name = "Authentication")
@RolesAllowed(Role.Names.ACCOUNT_HOLDER)
public class PasswordResource {

    private final AuthService auth;
    private final SecurityIdentity identity;
    private final Caller caller;

    PasswordResource(AuthService auth, SecurityIdentity identity, Caller caller) {
        this.auth = auth;
        this.identity = identity;
        this.caller = caller;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changePassword", summary = "Change my password",
            description = "Any signed-in member. Needs the current password; the new one follows the registration rules. Every other "
                    + "sign-in of the member ends at once (its refresh and access tokens stop working): other devices must sign in "
                    + "again, this one goes on.")
    @APIResponse(responseCode = "204", description = "Changed.")
    public void change(@Valid @NotNull PasswordChange request) {
        auth.changePassword(caller.id(), Sessions.of(identity), request.currentPassword(), request.newPassword());
    }
}
