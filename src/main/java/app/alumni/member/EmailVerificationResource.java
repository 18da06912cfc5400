package app.alumni.member;

import jakarta.annotation.security.PermitAll;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import app.alumni.member.EmailResources.EmailVerification;

@Path("/api/v1/auth/verify-email")
@Tag(name = "Authentication")
@Produces(MediaType.APPLICATION_JSON)
public class EmailVerificationResource {

    private final EmailAddresses addresses;
    private final Caller caller;

    EmailVerificationResource(EmailAddresses addresses, Caller caller) {
        this.addresses = addresses;
        this.caller = caller;
    }

    @POST
    @PermitAll
    @SecurityRequirements
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "verifyEmail", summary = "Confirm an e-mail address",
            description = "Public: the token of the mailed link is the proof. A registration's link marks the address verified; an "
                    + "address-change link makes the new address the sign-in address (and tells the old one). A link works once, for "
                    + "3 days (registration) or 24 hours (change); an unknown, used or expired token is 400 on `token`. 409 when "
                    + "another account took the new address meanwhile.")
    @APIResponse(responseCode = "204", description = "Confirmed.")
    @APIResponse(responseCode = "409", description = "Another account has this address now (type `email-already-registered`).")
    public void verify(@Valid @NotNull EmailVerification request) {
        addresses.confirm(request.token());
    }

    @POST
    @Path("/resend")
    @RolesAllowed(Role.Names.ACCOUNT_HOLDER)
    @Operation(operationId = "resendVerificationEmail", summary = "Send the verification link again",
            description = "Any signed-in member whose address is not verified yet (409 when it is). A new link replaces the earlier "
                    + "ones; at most 5 per hour (429).")
    @APIResponse(responseCode = "202", description = "A new link is on its way.")
    @ResponseStatus(202)
    public void resend() {
        addresses.resendVerification(caller.id());
    }
}
