package app.alumni.post;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.JsonNode;

import app.alumni.common.BodyLimit;
import app.alumni.common.HttpNames;
import app.alumni.common.Page;
import app.alumni.common.PageRequest;
import app.alumni.common.Responses;
import app.alumni.member.Caller;
import app.alumni.member.Role;
import app.alumni.member.Scopes;
import app.alumni.post.PostRequests.NewComment;
import app.alumni.post.PostRequests.NewPost;
import app.alumni.post.PostRequests.PostEdit;
import app.alumni.post.PostViews.CommentView;
import app.alumni.post.PostViews.PostView;
import app.alumni.post.PostViews.ReactionSummary;

@BodyLimit(kib = BodyLimit.LONG_TEXT_KIB)
@Path("/api/v1/posts")
@Tag(name = "Posts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ACTIVE_MEMBER)
public class PostResource {

    private final PostService posts;
    private final FeedService feed;
    private final CommentService comments;
    private final ReactionService reactions;
    private final Caller caller;

    PostResource(PostService posts, FeedService feed, CommentService comments, ReactionService reactions, Caller caller) {
        this.posts = posts;
        this.feed = feed;
        this.comments = comments;
        this.reactions = reactions;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.Names.ACTIVE_MEMBER, Scopes.ANNOUNCEMENTS_WRITE })
    @Operation(operationId = "createPost", summary = "Post",
            description = "An announcement (HR admins only; title required; optionally pinned ahead of the feed until `pinnedUntil`) "
                    + "or a discussion (any active member). The body is Markdown text, up to 20,000 characters; up to 10 tags. "
                    + "A member may post 10 times a minute (429 with `Retry-After` beyond).")
    @APIResponseSchema(value = PostView.class, responseCode = "201", responseDescription = "Posted.")
    public RestResponse<PostView> create(@Valid @NotNull NewPost request) {
        Post p = posts.create(caller, request);
        return Responses.created("/api/v1/posts/" + p.id, feed.view(p, caller), p.version);
    }

    @GET
    @Operation(operationId = "listPosts", summary = "The feed",
            description = "Listed posts, newest first, keyset-paginated. On the first page (no `cursor`), announcements pinned until a "
                    + "future time come first (up to 5, in addition to `limit`). `q` finds each of its words (up to 5) as a substring of "
                    + "title or body, Japanese included, ignoring case and full-/half-width. Each item carries what a card needs: "
                    + "author summary, counts of comments and reactions, and the caller's own reactions, and the group of a group's "
                    + "post. A closed group's posts appear only for its members and HR admins.")
    @APIResponse(responseCode = "200", description = "One page of posts.")
    public Page<PostView> list(
            @Parameter(description = "Only this type.") @QueryParam("type") PostType type,
            @Parameter(description = "Only posts with this tag (normalised like tags).",
                    example = "働き方") @QueryParam("tag") @Size(max = 50) String tag,
            @Parameter(description = "Only posts by this member.") @QueryParam("authorId") UUID authorId,
            @Parameter(description = "Words to find in title or body.", example = "リモート") @QueryParam("q") @Size(max = 100) String q,
            @Valid @BeanParam PageRequest page) {
        return feed.page(FeedFilter.of(type, tag, authorId, q), page.limit(), page.cursor(), caller);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPost", summary = "A post",
            description = "A listed post. A hidden post is visible only to its author and moderators, with the reason; deleted posts are "
                    + "gone (404).")
    @APIResponse(responseCode = "200", description = "The post.")
    public RestResponse<PostView> get(@Parameter(description = "Post id.") @PathParam("id") UUID id) {
        Post p = posts.visible(id, caller);
        return Responses.ok(feed.view(p, caller), p.version);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ HttpNames.MERGE_PATCH_JSON, MediaType.APPLICATION_JSON })
    @Operation(operationId = "patchPost", summary = "Edit a post",
            description = "The author, or a moderator or HR admin. JSON merge patch of title, body, tags, category and (HR admins) "
                    + "pinnedUntil; the post then shows `editedAt`. With `If-Match`, a stale version is 412.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PostEdit.class)))
    @APIResponse(responseCode = "200", description = "The edited post.")
    public RestResponse<PostView> patch(@Parameter(description = "Post id.") @PathParam("id") UUID id,
            @HeaderParam(HttpNames.IF_MATCH) String ifMatch,
            JsonNode patch) {
        Post p = posts.edit(id, caller, patch, ifMatch);
        return Responses.ok(feed.view(p, caller), p.version);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deletePost", summary = "Delete a post",
            description = "The author, or a moderator or HR admin. The post disappears from every listing; its comments and reactions go "
                    + "with it.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@Parameter(description = "Post id.") @PathParam("id") UUID id) {
        posts.delete(id, caller);
    }

    @POST
    @Path("/{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createComment", summary = "Comment on a post",
            description = "Any active member, on a listed post. With `parentId`, a reply to a top-level comment of the same post (one "
                    + "level deep). "
                    + "A member may comment 30 times a minute.")
    @APIResponseSchema(value = CommentView.class, responseCode = "201", responseDescription = "Commented.")
    public RestResponse<CommentView> comment(@Parameter(description = "Post id.") @PathParam("id") UUID id,
            @Valid @NotNull NewComment request) {
        CommentView c = comments.create(id, caller, request);
        return Responses.created("/api/v1/comments/" + c.id(), c);
    }

    @GET
    @Path("/{id}/comments")
    @Operation(operationId = "listComments", summary = "Comments of a post",
            description = "Oldest first, replies included (they name their `parentId`), keyset-paginated.")
    @APIResponse(responseCode = "200", description = "One page of comments.")
    public Page<CommentView> comments(@Parameter(description = "Post id.") @PathParam("id") UUID id,
            @Valid @BeanParam PageRequest page) {
        return comments.list(id, caller, page.limit(), page.cursor());
    }

    @PUT
    @Path("/{id}/reactions/{type}")
    @Operation(operationId = "addReaction", summary = "React to a post",
            description = "Idempotent: reacting again with the same type changes nothing. Answers the post's reaction counts and the "
                    + "caller's reactions.")
    @APIResponse(responseCode = "200", description = "The post's reactions now.")
    public ReactionSummary react(@Parameter(description = "Post id.") @PathParam("id") UUID id,
            @Parameter(description = "Reaction type.") @PathParam("type") ReactionType type) {
        return reactions.add(id, caller, type);
    }

    @DELETE
    @Path("/{id}/reactions/{type}")
    @Operation(operationId = "removeReaction", summary = "Take a reaction back",
            description = "Idempotent: taking back a reaction the caller does not have changes nothing.")
    @APIResponse(responseCode = "200", description = "The post's reactions now.")
    public ReactionSummary unreact(@Parameter(description = "Post id.") @PathParam("id") UUID id,
            @Parameter(description = "Reaction type.") @PathParam("type") ReactionType type) {
        return reactions.remove(id, caller, type);
    }
}
