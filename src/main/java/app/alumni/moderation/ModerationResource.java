package app.alumni.moderation;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import app.alumni.member.Caller;
import app.alumni.member.Role;
import app.alumni.moderation.ContentReport.Status;
import app.alumni.moderation.ContentReport.TargetType;
import app.alumni.moderation.ModerationViews.ReportView;
import app.alumni.moderation.ModerationViews.Resolution;

@Path("/api/v1/moderation")
@Tag(name = "Moderation")
@Produces(MediaType.APPLICATION_JSON)
public class ModerationResource {

    private final ModerationService moderation;
    private final Caller caller;

    ModerationResource(ModerationService moderation, Caller caller) {
        this.moderation = moderation;
        this.caller = caller;
    }

    @GET
    @Path("/reports")
    @RolesAllowed(Role.Names.ACTIVE_MEMBER)
    @Audited(action = "reports.read", target = "report-list", targetParam = "", read = true)
    @Operation(operationId = "listReports", summary = "Reports to review",
            description = "Moderators and HR admins; with `groupId`, that group's admins too. Reports in one status (default `OPEN`), "
                    + "oldest first, with an excerpt of the "
                    + "reported text.")
    @APIResponse(responseCode = "200", description = "One page of reports.")
    public Page<ReportView> reports(
            @Parameter(description = "Status to list.") @QueryParam("status") @DefaultValue("OPEN") Status status,
            @Parameter(description = "Only reports of this group's posts and comments.") @QueryParam("groupId") UUID groupId,
            @Valid @BeanParam PageRequest page) {
        return moderation.list(status, groupId, page.limit(), page.cursor(), caller);
    }

    @GET
    @Path("/reports/{id}")
    @RolesAllowed(Role.Names.ACTIVE_MEMBER)
    @Audited(action = "report.read", target = "report", read = true)
    @Operation(operationId = "getReport", summary = "A report",
            description = "Moderators and HR admins; the admins of the group the reported item belongs to.")
    @APIResponse(responseCode = "200", description = "The report.")
    public ReportView report(@Parameter(description = "Report id.") @PathParam("id") UUID id) {
        return moderation.get(id, caller);
    }

    @POST
    @Path("/reports/{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ACTIVE_MEMBER)
    @Audited(action = "report.resolve", target = "report")
    @Operation(operationId = "resolveReport", summary = "Resolve a report",
            description = "Moderators and HR admins, and the admins of the group the item belongs to. `HIDE` hides the item from "
                    + "everyone but its author and moderators (they see the reason) and resolves every open report of it; `DISMISS` "
                    + "resolves this report. A resolved report is 409.")
    @APIResponse(responseCode = "200", description = "The resolved report.")
    public ReportView resolve(@Parameter(description = "Report id.") @PathParam("id") UUID id,
            @Valid @NotNull Resolution resolution) {
        return moderation.resolve(id, resolution.action(), resolution.note(), caller);
    }

    @POST
    @Path("/posts/{id}/restore")
    @RolesAllowed(Role.Names.ACTIVE_MEMBER)
    @Audited(action = "post.restore", target = "post")
    @Operation(operationId = "restorePost", summary = "Restore a hidden post", description = "Moderators and HR admins, and the "
            + "admins of its group. The post is "
            + "listed again.")
    @APIResponse(responseCode = "204", description = "Restored.")
    public void restorePost(@Parameter(description = "Post id.") @PathParam("id") UUID id) {
        moderation.restore(TargetType.POST, id, caller);
    }

    @POST
    @Path("/comments/{id}/restore")
    @RolesAllowed(Role.Names.ACTIVE_MEMBER)
    @Audited(action = "comment.restore", target = "comment")
    @Operation(operationId = "restoreComment", summary = "Restore a hidden comment",
            description = "Moderators and HR admins, and the admins of its post's group. The comment is shown again.")
    @APIResponse(responseCode = "204", description = "Restored.")
    public void restoreComment(@Parameter(description = "Comment id.") @PathParam("id") UUID id) {
        moderation.restore(TargetType.COMMENT, id, caller);
    }

    @POST
    @Path("/messages/{id}/restore")
    @RolesAllowed({ Role.Names.MODERATOR, Role.Names.HR_ADMIN })
    @Audited(action = "message.restore", target = "message")
    @Operation(operationId = "restoreMessage", summary = "Restore a hidden message",
            description = "Moderators and HR admins. The message's text is shown to the conversation again.")
    @APIResponse(responseCode = "204", description = "Restored.")
    public void restoreMessage(@Parameter(description = "Message id.") @PathParam("id") UUID id) {
        moderation.restore(TargetType.MESSAGE, id, caller);
    }

}
