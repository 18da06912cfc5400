package app.alumni.auth;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import app.alumni.auth.AuthDtos.PasswordResetConfirmation;
import app.alumni.auth.AuthDtos.PasswordResetRequest;
import io.vertx.core.http.HttpServerRequest;

@Path("/api/v1/auth/password-reset")
@Tag(name = "Authentication")
@PermitAll
@SecurityRequirements
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PasswordResetResource {

    private final PasswordResets resets;

    PasswordResetResource(PasswordResets resets) {
        this.resets = resets;
    }

    @POST
    @ResponseStatus(202)
    @Operation(operationId = "requestPasswordReset", summary = "Ask for a password-reset link",
            description = "Public. Always 202, whether or not the address has an account, and in the same time: existing, non-deleted "
                    + "accounts are mailed a link (`{web}/reset-password?token=…`) valid for 30 minutes, at most 3 per hour. Too many "
                    + "requests from one client address are 429.")
    @APIResponse(responseCode = "202", description = "If the address has an account, a link is on its way.")
    @APIResponse(responseCode = "429", description = "Too many reset requests from this address; retry after the given seconds.",
            headers = @Header(name = "Retry-After", description = "Seconds to wait.", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = "86400")))
    public void request(@Valid @NotNull PasswordResetRequest request, HttpServerRequest http) {
        resets.request(request.email(), http.remoteAddress().hostAddress());
    }

    @POST
    @Path("/confirm")
    @Operation(operationId = "confirmPasswordReset", summary = "Set a new password with a reset link",
            description = "Public: the link's token is the proof. The new password follows the registration rules. The token works "
                    + "once and for 30 minutes (400 on `token` otherwise); every sign-in of the account ends.")
    @APIResponse(responseCode = "204", description = "The password is set; sign in with it.")
    public void confirm(@Valid @NotNull PasswordResetConfirmation request) {
        resets.confirm(request.token(), request.newPassword());
    }
}
