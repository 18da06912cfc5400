package app.alumni.roster;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.alumni.roster.InvitationViews.InvitationPreview;

@Path("/api/v1/invitations/{code}")
@Tag(name = "Authentication")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class InvitationLinkResource {

    private final Invitations invitations;

    InvitationLinkResource(Invitations invitations) {
        this.invitations = invitations;
    }

    @GET
    @SecurityRequirements
    @Operation(operationId = "previewInvitation", summary = "What an invitation link prefills",
            description = "Public (the mailed link is the proof). Who invites, the name, reading and leaving month HR knows, and the "
                    + "invited address masked: register with `invitationToken` and that address to be active at once (HR's "
                    + "invitations). Unknown, used or revoked links are 404; expired ones 410 `invitation-expired`.")
    @APIResponse(responseCode = "200", description = "What the sign-up form may prefill.")
    public InvitationPreview preview(@Parameter(description = "The `token` of the mailed link (`/join?token=…`): single use, valid for "
            + "30 days.", schema = @Schema(type = SchemaType.STRING, maxLength = 100)) @PathParam("code")
    @Size(max = 100) String code) {
        return invitations.preview(code);
    }
}
