package app.alumni.roster;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import app.alumni.common.Page;
import app.alumni.common.PageRequest;
import app.alumni.common.Responses;
import app.alumni.member.Caller;
import app.alumni.member.Role;
import app.alumni.roster.InvitationViews.InvitationView;
import app.alumni.roster.InvitationViews.ReferralInvitationRequest;

@Path("/api/v1/members/me/invitations")
@Tag(name = "Members")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ACTIVE_MEMBER)
public class MyInvitationsResource {

    private final Invitations invitations;
    private final Caller caller;

    MyInvitationsResource(Invitations invitations, Caller caller) {
        this.invitations = invitations;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "inviteColleague", summary = "Invite a former colleague",
            description = "Active members, at most 20 a day (429 after). Mails a link to the address; whoever registers through it is "
                    + "recorded as brought in by you (`referredBy`) and verified as usual (by the roster or by HR). Inviting an "
                    + "address you invited already, while the link works, is 409.")
    @APIResponseSchema(value = InvitationView.class, responseCode = "201", responseDescription = "Invited.")
    public RestResponse<InvitationView> invite(@Valid @NotNull ReferralInvitationRequest request) {
        InvitationView created = invitations.refer(caller.id(), request);
        return Responses.created("/api/v1/members/me/invitations/" + created.id(), created);
    }

    @GET
    @Operation(operationId = "listMyInvitations", summary = "My invitations",
            description = "Active members. The former colleagues you invited, newest first, and whether they joined.")
    @APIResponse(responseCode = "200", description = "One page of invitations.")
    public Page<InvitationView> list(@Valid @BeanParam PageRequest page) {
        return invitations.list(null, null, caller.id(), page.limit(), page.cursor());
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "revokeMyInvitation", summary = "Revoke one of my invitations",
            description = "Active members, their own invitations (others' are 404). The link stops working.")
    @APIResponse(responseCode = "204", description = "Revoked.")
    public void revoke(@Parameter(description = "Invitation id.") @PathParam("id") UUID id) {
        invitations.revoke(id, caller.id());
    }
}
