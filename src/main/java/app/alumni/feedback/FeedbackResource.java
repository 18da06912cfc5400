package app.alumni.feedback;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import app.alumni.common.Audited;
import app.alumni.common.ChangesSince;
import app.alumni.common.HttpNames;
import app.alumni.common.Page;
import app.alumni.common.PageRequest;
import app.alumni.common.Responses;
import app.alumni.feedback.FeedbackDtos.FeedbackChange;
import app.alumni.feedback.FeedbackDtos.FeedbackView;
import app.alumni.feedback.FeedbackDtos.NewFeedback;
import app.alumni.member.Caller;
import app.alumni.member.Role;
import app.alumni.member.Scopes;

/** The feedback box: any active member writes, HR reviews and replies. */
@Path("/api/v1/feedback")
@Tag(name = "Feedback")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ACTIVE_MEMBER)
public class FeedbackResource {

    private final FeedbackService feedback;
    private final Caller caller;

    FeedbackResource(FeedbackService feedback, Caller caller) {
        this.feedback = feedback;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createFeedback", summary = "Leave feedback", description = "Any active member: an idea, a request, a "
            + "problem or anything else, at any time.")
    @APIResponseSchema(value = FeedbackView.class, responseCode = "201", responseDescription = "Received.")
    public RestResponse<FeedbackView> create(@Valid @NotNull NewFeedback request) {
        Feedback f = feedback.create(caller.id(), request);
        return Responses.created("/api/v1/feedback/" + f.id, FeedbackView.of(f), f.version);
    }

    @GET
    @RolesAllowed({ Role.Names.ACTIVE_MEMBER, Scopes.FEEDBACK_READ })
    @Audited(action = "feedback.read", target = "feedback-list", targetParam = "", read = true)
    @Operation(operationId = "listFeedback", summary = "Feedback", description = "Members: their own. HR admins and API clients with "
            + "`feedback:read`: everyone's, filtered by status and category. Newest first, keyset-paginated.")
    @APIResponse(responseCode = "200", description = "One page of feedback.")
    public Page<FeedbackView> list(
            @Parameter(description = "Only this status.") @QueryParam("status") Feedback.Status status,
            @Parameter(description = "Only this category.") @QueryParam("category") Feedback.Category category,
            @BeanParam ChangesSince changes,
            @Valid @BeanParam PageRequest page) {
        return feedback.list(caller.id(), caller.may(Scopes.FEEDBACK_READ), status, category, changes, page.limit(), page.cursor());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Role.Names.ACTIVE_MEMBER, Scopes.FEEDBACK_READ })
    @Operation(operationId = "getFeedback", summary = "One piece of feedback", description = "Its author or HR admins.")
    @APIResponse(responseCode = "200", description = "The feedback.")
    public RestResponse<FeedbackView> get(@Parameter(description = "Feedback id.") @PathParam("id") UUID id) {
        Feedback f = feedback.get(id, caller.id(), caller.may(Scopes.FEEDBACK_READ));
        return Responses.ok(FeedbackView.of(f), f.version);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ MediaType.APPLICATION_JSON, HttpNames.MERGE_PATCH_JSON })
    @RolesAllowed(Role.Names.HR_ADMIN)
    @Audited(action = "feedback.reply", target = "feedback")
    @Operation(operationId = "changeFeedback", summary = "Review feedback",
            description = "HR admins: move the status NEW → UNDER_REVIEW → PLANNED / DONE / DECLINED (no way back: 409) and write a "
                    + "public reply the member sees. `If-Match` is honoured.")
    @APIResponse(responseCode = "200", description = "The feedback after the change.")
    public RestResponse<FeedbackView> change(@Parameter(description = "Feedback id.") @PathParam("id") UUID id,
            @HeaderParam(HttpNames.IF_MATCH) String ifMatch,
            @Valid @NotNull FeedbackChange change) {
        Feedback f = feedback.change(id, caller.id(), change, ifMatch);
        return Responses.ok(FeedbackView.of(f), f.version);
    }
}
