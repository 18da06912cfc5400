package app.alumni.member;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import app.alumni.member.EmailResources.EmailChangeRequest;

@Path("/api/v1/members/me/email")
@Tag(name = "Authentication")
@RolesAllowed(Role.Names.ACCOUNT_HOLDER)
public class EmailChangeResource {

    private final EmailAddresses addresses;
    private final Caller caller;

    EmailChangeResource(EmailAddresses addresses, Caller caller) {
        this.addresses = addresses;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @ResponseStatus(202)
    @Operation(operationId = "changeEmail", summary = "Change my e-mail address",
            description = "Any signed-in member, with their current password. Mails a confirmation link to the new address and changes "
                    + "nothing until it is used (`POST /api/v1/auth/verify-email`); then the old address is told. 409 when another "
                    + "account has the address; at most 5 requests per hour (429).")
    @APIResponse(responseCode = "202", description = "A confirmation link is on its way to the new address.")
    @APIResponse(responseCode = "409", description = "Another account has this address (type `email-already-registered`).")
    public void change(@Valid @NotNull EmailChangeRequest request) {
        addresses.requestChange(caller.id(), request.newEmail(), request.password());
    }
}
