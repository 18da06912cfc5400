package app.alumni.feedback;

import java.net.URI;
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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.alumni.common.ETags;
import app.alumni.common.HttpNames;
import app.alumni.common.Page;
import app.alumni.common.PageRequest;
import app.alumni.feedback.FeedbackDtos.FeedbackChange;
import app.alumni.feedback.FeedbackDtos.FeedbackView;
import app.alumni.feedback.FeedbackDtos.NewFeedback;
import app.alumni.member.Caller;
import app.alumni.member.Role;

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
    @Operation(operationId = "createFeedback", summary = "Leave feedback", description = "Any active member: an idea, a request, a problem or anything else, at any time.")
    @APIResponse(responseCode = "201", description = "Received.",
            headers = @Header(name = "Location", description = "URL of the feedback.", schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = 200)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedbackView.class)))
    public Response create(@Valid @NotNull NewFeedback request) {
        Feedback f = feedback.create(caller.id(), request);
        return Response.created(URI.create("/api/v1/feedback/" + f.id)).entity(FeedbackView.of(f)).build();
    }

    @GET
    @Operation(operationId = "listFeedback", summary = "Feedback", description = "Members: their own. HR admins: everyone's, filtered by status and category. Newest first, keyset-paginated.")
    @APIResponse(responseCode = "200", description = "One page of feedback.")
    public Page<FeedbackView> list(
            @Parameter(description = "Only this status.") @QueryParam("status") Feedback.Status status,
            @Parameter(description = "Only this category.") @QueryParam("category") Feedback.Category category,
            @Valid @BeanParam PageRequest page) {
        return feedback.list(caller.id(), caller.hrAdmin(), status, category, page.limit(), page.cursor());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getFeedback", summary = "One piece of feedback", description = "Its author or HR admins.")
    @APIResponse(responseCode = "200", description = "The feedback.", headers = @Header(name = "ETag", description = "Version.", schema = @Schema(type = SchemaType.STRING, maxLength = 30)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedbackView.class)))
    public Response get(@Parameter(description = "Feedback id.") @PathParam("id") UUID id) {
        Feedback f = feedback.get(id, caller.id(), caller.hrAdmin());
        return Response.ok(FeedbackView.of(f)).tag(ETags.tag(f.version)).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ MediaType.APPLICATION_JSON, HttpNames.MERGE_PATCH_JSON })
    @RolesAllowed(Role.Names.HR_ADMIN)
    @Operation(operationId = "changeFeedback", summary = "Review feedback",
            description = "HR admins: move the status NEW → UNDER_REVIEW → PLANNED / DONE / DECLINED (no way back: 409) and write a public reply the member sees. `If-Match` is honoured.")
    @APIResponse(responseCode = "200", description = "The feedback after the change.", headers = @Header(name = "ETag", description = "New version.", schema = @Schema(type = SchemaType.STRING, maxLength = 30)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedbackView.class)))
    public Response change(@Parameter(description = "Feedback id.") @PathParam("id") UUID id,
            @HeaderParam(HttpNames.IF_MATCH) String ifMatch,
            @Valid @NotNull FeedbackChange change) {
        Feedback f = feedback.change(id, caller.id(), change, ifMatch);
        return Response.ok(FeedbackView.of(f)).tag(ETags.tag(f.version)).build();
    }
}
