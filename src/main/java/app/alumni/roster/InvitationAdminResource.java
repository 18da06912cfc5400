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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.alumni.common.Audited;
import app.alumni.common.Page;
import app.alumni.common.PageRequest;
import app.alumni.member.Actor;
import app.alumni.member.Caller;
import app.alumni.member.Role;
import app.alumni.roster.InvitationViews.InvitationBatchReport;
import app.alumni.roster.InvitationViews.InvitationKind;
import app.alumni.roster.InvitationViews.InvitationStatus;
import app.alumni.roster.InvitationViews.InvitationView;
import app.alumni.roster.InvitationViews.RosterInvitationRequest;

@Path("/api/v1/admin/invitations")
@Tag(name = "Roster")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.HR_ADMIN)
public class InvitationAdminResource {

    private final Invitations invitations;
    private final Caller caller;

    InvitationAdminResource(Invitations invitations, Caller caller) {
        this.invitations = invitations;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Audited(action = "invitations.send", target = "roster", targetParam = "")
    @Operation(operationId = "inviteFromRoster", summary = "Invite people on the roster",
            description = "HR admins. Mails a personal link to each listed entry (`employeeNumbers`), or to the entries a `filter` "
                    + "matches, that has an address with neither a member nor a live invitation. A filter invites only entries that "
                    + "agreed to be contacted, at most 1,000 per request (`more` tells that more match: send it again). Registering "
                    + "through the link with the invited address makes an active member at once. `dryRun` only reports.")
    @APIResponse(responseCode = "200", description = "Whom it invited (or would), and the listed entries it skipped, with why.")
    public InvitationBatchReport invite(@Valid @NotNull RosterInvitationRequest request) {
        return invitations.inviteFromRoster(request, Actor.of(caller));
    }

    @GET
    @Audited(action = "invitations.read", target = "invitation-list", targetParam = "", read = true)
    @Operation(operationId = "listInvitations", summary = "Invitations",
            description = "HR admins. HR's and members' invitations, newest first, with who sent them and who registered through them.")
    @APIResponse(responseCode = "200", description = "One page of invitations.")
    public Page<InvitationView> list(@Parameter(description = "Only this status.") @QueryParam("status") InvitationStatus status,
            @Parameter(description = "Only HR's or only members' invitations.") @QueryParam("kind") InvitationKind kind,
            @Valid @BeanParam PageRequest page) {
        return invitations.list(status, kind, null, page.limit(), page.cursor());
    }

    @POST
    @Path("/{id}/resend")
    @Audited(action = "invitation.resend", target = "invitation")
    @Operation(operationId = "resendInvitation", summary = "Send an invitation again",
            description = "HR admins. A new link (the old one stops working), valid for 30 days, mailed again. Accepted or revoked "
                    + "invitations are 409.")
    @APIResponse(responseCode = "200", description = "The invitation, sent again.")
    public InvitationView resend(@Parameter(description = "Invitation id.") @PathParam("id") UUID id) {
        return invitations.resend(id, null);
    }

    @DELETE
    @Path("/{id}")
    @Audited(action = "invitation.revoke", target = "invitation")
    @Operation(operationId = "revokeInvitation", summary = "Revoke an invitation",
            description = "HR admins. Its link stops working. Revoking again changes nothing; an accepted invitation is 409.")
    @APIResponse(responseCode = "204", description = "Revoked.")
    public void revoke(@Parameter(description = "Invitation id.") @PathParam("id") UUID id) {
        invitations.revoke(id, null);
    }
}
