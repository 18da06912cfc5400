package app.alumni.post;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.alumni.common.Page;
import app.alumni.common.PageRequest;
import app.alumni.member.Caller;
import app.alumni.member.Role;
import app.alumni.post.PostViews.PostView;

/** A group's feed; the path sits under the group, the posts belong to the post feature. */
@Path("/api/v1/groups/{id}/posts")
@Tag(name = "Groups")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ACTIVE_MEMBER)
public class GroupPostResource {

    private final FeedService feed;
    private final Caller caller;

    GroupPostResource(FeedService feed, Caller caller) {
        this.feed = feed;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listGroupPosts", summary = "A group's posts",
            description = "Newest first, like the feed. An open group's for every active member; a closed group's for its members and "
                    + "HR admins (403 for other members).")
    @APIResponse(responseCode = "200", description = "One page of posts.")
    public Page<PostView> list(@Parameter(description = "Group id.") @PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return feed.groupPage(id, page.limit(), page.cursor(), caller);
    }
}
