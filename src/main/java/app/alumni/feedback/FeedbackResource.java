package app.alumni.feedback;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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

import app.alumni.common.ApiResponses;
import app.alumni.common.Caller;
import app.alumni.common.Cursor;
import app.alumni.common.ETags;
import app.alumni.common.Page;
import app.alumni.common.ProblemException;
import app.alumni.common.ProblemType;
import app.alumni.member.Role;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.security.identity.SecurityIdentity;

/** The feedback box: any active member writes, HR reviews and replies. */
@Path("/api/v1/feedback")
@Tag(name = "Feedback")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ACTIVE_MEMBER)
public class FeedbackResource {

    @Schema(name = "NewFeedback")
    record NewFeedback(
            @NotNull @Schema(required = true) Feedback.Category category,
            @NotBlank @Size(max = 5000) @Schema(required = true, maxLength = 5000, example = "オンラインのもくもく会を定期開催してほしいです。") String message) {
    }

    @Schema(name = "FeedbackChange", description = "HR's move of the status and/or public reply.")
    record FeedbackChange(
            @Schema(nullable = true) Feedback.Status status,
            @Size(max = 5000) @Schema(maxLength = 5000, nullable = true, description = "Shown to the member who wrote the feedback.", example = "ありがとうございます。来月から月1回開催します。") String reply) {
    }

    @Schema(name = "Feedback")
    record FeedbackView(
            @Schema(format = "uuid", maxLength = 36) UUID id,
            @Schema(format = "uuid", maxLength = 36) UUID authorId,
            Feedback.Category category,
            @Schema(maxLength = 5000) String message,
            Feedback.Status status,
            @Schema(maxLength = 5000, nullable = true) String reply,
            @Schema(format = "date-time", maxLength = 35) OffsetDateTime createdAt,
            @Schema(format = "date-time", maxLength = 35) OffsetDateTime updatedAt) {

        static FeedbackView of(Feedback f) {
            return new FeedbackView(f.id, f.authorId, f.category, f.message, f.status, f.reply, f.createdAt, f.updatedAt);
        }
    }

    @ApplicationScoped
    static class FeedbackService {

        @Transactional
        Feedback create(UUID authorId, NewFeedback request) {
            Feedback f = new Feedback();
            f.id = UUID.randomUUID();
            f.authorId = authorId;
            f.category = request.category();
            f.message = request.message().strip();
            f.status = Feedback.Status.NEW;
            f.createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
            f.updatedAt = f.createdAt;
            f.persist();
            return f;
        }

        @Transactional
        Page<FeedbackView> list(UUID viewer, boolean hr, Feedback.Status status, Feedback.Category category, int limit, String cursor) {
            StringBuilder where = new StringBuilder(hr ? "true = true" : "authorId = :author");
            Map<String, Object> params = new LinkedHashMap<>();
            if (!hr) {
                params.put("author", viewer);
            }
            if (status != null) {
                where.append(" and status = :status");
                params.put("status", status);
            }
            if (category != null) {
                where.append(" and category = :category");
                params.put("category", category);
            }
            if (cursor != null) {
                Cursor.TimeAndId after = Cursor.decodeTimeAndId(cursor);
                where.append(" and (createdAt < :afterAt or (createdAt = :afterAt and id < :afterId))");
                params.put("afterAt", after.at());
                params.put("afterId", after.id());
            }
            PanacheQuery<Feedback> query = Feedback.find(where + " order by createdAt desc, id desc", params);
            List<Feedback> rows = query.page(0, limit + 1).list();
            return Page.of(rows, limit, FeedbackView::of, f -> Cursor.encode(f.createdAt, f.id));
        }

        @Transactional
        Feedback get(UUID id, UUID viewer, boolean hr) {
            Feedback f = Feedback.findById(id);
            if (f == null || (!hr && !f.authorId.equals(viewer))) {
                throw ProblemException.notFound();
            }
            return f;
        }

        @Transactional
        Feedback change(UUID id, UUID hrId, FeedbackChange change, String ifMatch) {
            Feedback f = Feedback.findById(id, LockModeType.PESSIMISTIC_WRITE);
            if (f == null) {
                throw ProblemException.notFound();
            }
            ETags.check(ifMatch, f.version);
            if (change.status() == null && change.reply() == null) {
                throw ProblemException.invalid("status", "validation.status-or-reply");
            }
            if (change.status() != null && change.status() != f.status) {
                if (!f.status.next().contains(change.status())) {
                    throw ProblemException.of(ProblemType.INVALID_STATE, "problem.invalid-state.feedback", f.status.name(), change.status().name());
                }
                f.status = change.status();
            }
            if (change.reply() != null) {
                f.reply = change.reply().isBlank() ? null : change.reply().strip();
                f.repliedBy = hrId;
            }
            f.updatedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
            Feedback.getEntityManager().flush();
            return f;
        }
    }

    private final FeedbackService feedback;
    private final SecurityIdentity identity;

    FeedbackResource(FeedbackService feedback, SecurityIdentity identity) {
        this.feedback = feedback;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createFeedback", summary = "Leave feedback", description = "Any active member: an idea, a request, a problem or anything else, at any time.")
    @APIResponse(responseCode = "201", description = "Received.",
            headers = @Header(name = "Location", description = "URL of the feedback.", schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = 200)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedbackView.class)))
    public Response create(@Valid @NotNull NewFeedback request) {
        Feedback f = feedback.create(Caller.id(identity), request);
        return Response.created(URI.create("/api/v1/feedback/" + f.id)).entity(FeedbackView.of(f)).build();
    }

    @GET
    @Operation(operationId = "listFeedback", summary = "Feedback", description = "Members: their own. HR admins: everyone's, filtered by status and category. Newest first, keyset-paginated.")
    @APIResponse(responseCode = "200", description = "One page of feedback.")
    public Page<FeedbackView> list(
            @Parameter(description = "Only this status.") @QueryParam("status") Feedback.Status status,
            @Parameter(description = "Only this category.") @QueryParam("category") Feedback.Category category,
            @Parameter(description = "Page size, 1 to 100.") @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @Parameter(description = "`nextCursor` of the previous page.") @QueryParam("cursor") @Size(max = 500) String cursor) {
        return feedback.list(Caller.id(identity), identity.hasRole(Role.Names.HR_ADMIN), status, category, limit, cursor);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getFeedback", summary = "One piece of feedback", description = "Its author or HR admins.")
    @APIResponse(responseCode = "200", description = "The feedback.", headers = @Header(name = "ETag", description = "Version.", schema = @Schema(type = SchemaType.STRING, maxLength = 30)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedbackView.class)))
    public Response get(@Parameter(description = "Feedback id.", schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) @PathParam("id") UUID id) {
        Feedback f = feedback.get(id, Caller.id(identity), identity.hasRole(Role.Names.HR_ADMIN));
        return Response.ok(FeedbackView.of(f)).tag(ETags.tag(f.version)).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ MediaType.APPLICATION_JSON, ApiResponses.MERGE_PATCH_JSON })
    @RolesAllowed(Role.Names.HR_ADMIN)
    @Operation(operationId = "changeFeedback", summary = "Review feedback",
            description = "HR admins: move the status NEW → UNDER_REVIEW → PLANNED / DONE / DECLINED (no way back: 409) and write a public reply the member sees. `If-Match` is honoured.")
    @APIResponse(responseCode = "200", description = "The feedback after the change.", headers = @Header(name = "ETag", description = "New version.", schema = @Schema(type = SchemaType.STRING, maxLength = 30)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedbackView.class)))
    public Response change(@Parameter(description = "Feedback id.", schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) @PathParam("id") UUID id,
            @Parameter(description = "ETag of a previous read; 412 when it changed since.", schema = @Schema(type = SchemaType.STRING, maxLength = 30))
            @HeaderParam(ApiResponses.IF_MATCH) String ifMatch,
            @Valid @NotNull FeedbackChange change) {
        Feedback f = feedback.change(id, Caller.id(identity), change, ifMatch);
        return Response.ok(FeedbackView.of(f)).tag(ETags.tag(f.version)).build();
    }
}
