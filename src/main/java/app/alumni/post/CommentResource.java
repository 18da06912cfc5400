package app.alumni.post;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import app.alumni.common.BodyLimit;
import app.alumni.common.HttpNames;
import app.alumni.member.Caller;
import app.alumni.member.Role;
import app.alumni.post.PostRequests.CommentEdit;
import app.alumni.post.PostViews.CommentView;

@BodyLimit(kib = BodyLimit.LONG_TEXT_KIB)
@Path("/api/v1/comments/{id}")
@Tag(name = "Posts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ACTIVE_MEMBER)
public class CommentResource {

    private final CommentService comments;
    private final Caller caller;

    CommentResource(CommentService comments, Caller caller) {
        this.comments = comments;
        this.caller = caller;
    }

    @PATCH
    @Consumes({ HttpNames.MERGE_PATCH_JSON, MediaType.APPLICATION_JSON })
    @Operation(operationId = "patchComment", summary = "Edit a comment",
            description = "The author, or a moderator or HR admin (who is then named in `editedBy`). JSON merge patch of the body. With "
                    + "`If-Match` (the comment's version as an entity tag), a stale version is 412.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CommentEdit.class)))
    @APIResponse(responseCode = "200", description = "The edited comment.")
    public CommentView patch(@Parameter(description = "Comment id.") @PathParam("id") UUID id,
            @HeaderParam(HttpNames.IF_MATCH) String ifMatch,
            JsonNode patch) {
        return comments.edit(id, caller, patch, ifMatch);
    }

    @DELETE
    @Operation(operationId = "deleteComment", summary = "Delete a comment", description = "The author, or a moderator or HR admin.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@Parameter(description = "Comment id.") @PathParam("id") UUID id) {
        comments.delete(id, caller);
    }
}
