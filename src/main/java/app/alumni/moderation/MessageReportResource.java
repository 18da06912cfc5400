package app.alumni.moderation;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

import app.alumni.common.BodyLimit;
import app.alumni.common.Responses;
import app.alumni.member.Caller;
import app.alumni.member.Role;
import app.alumni.moderation.ContentReport.TargetType;
import app.alumni.moderation.ModerationViews.NewReport;
import app.alumni.moderation.ModerationViews.ReportView;

/** Participants report a message of their conversation; moderators see it with the messages around it only. */
@BodyLimit(kib = BodyLimit.LONG_TEXT_KIB)
@Path("/api/v1/messages/{id}/reports")
@Tag(name = "Conversations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ACTIVE_MEMBER)
public class MessageReportResource {

    private final ModerationService moderation;
    private final Caller caller;

    MessageReportResource(ModerationService moderation, Caller caller) {
        this.moderation = moderation;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "reportMessage", summary = "Report a message",
            description = "A participant of the message's conversation (anyone else: 404). Moderators see the message and the two "
                    + "before and after it, nothing else of the conversation. One open report per member per message: a second is 409.")
    @APIResponseSchema(value = ReportView.class, responseCode = "201", responseDescription = "Reported.")
    @APIResponse(responseCode = "409", description = "The caller's earlier report of this message is still open.")
    public RestResponse<ReportView> report(@Parameter(description = "Message id.") @PathParam("id") UUID id,
            @Valid @NotNull NewReport report) {
        ReportView created = moderation.report(TargetType.MESSAGE, id, caller.id(), report.reason());
        return Responses.created("/api/v1/moderation/reports/" + created.id(), created);
    }
}
