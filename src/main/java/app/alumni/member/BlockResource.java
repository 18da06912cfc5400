package app.alumni.member;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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
import app.alumni.member.Blocks.Blocked;

@Path("/api/v1/members/me/blocks")
@Tag(name = "Members")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ACTIVE_MEMBER)
public class BlockResource {

    private final Blocks blocks;
    private final Caller caller;

    BlockResource(Blocks blocks, Caller caller) {
        this.blocks = blocks;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listMyBlocks", summary = "Members I blocked", description = "Active members. Newest first.")
    @APIResponse(responseCode = "200", description = "One page of blocked members.")
    public Page<Blocked> list(@Valid @BeanParam PageRequest page) {
        return blocks.mine(caller.id(), page.limit(), page.cursor());
    }

    @PUT
    @Path("/{memberId}")
    @Operation(operationId = "blockMember", summary = "Block a member",
            description = "Active members. From now on neither of us sees the other in the directory, on the profile or in attendee "
                    + "lists, and neither may write to the other; the member is not told. Blocking again changes nothing; an unknown "
                    + "or inactive member is 404, myself 400.")
    @APIResponse(responseCode = "204", description = "Blocked.")
    public void block(@Parameter(description = "Member id.") @PathParam("memberId") UUID memberId) {
        blocks.block(caller.id(), memberId);
    }

    @DELETE
    @Path("/{memberId}")
    @Operation(operationId = "unblockMember", summary = "Lift a block", description = "Active members. Lifting a block that is not "
            + "there changes nothing.")
    @APIResponse(responseCode = "204", description = "Lifted.")
    public void unblock(@Parameter(description = "Member id.") @PathParam("memberId") UUID memberId) {
        blocks.unblock(caller.id(), memberId);
    }
}
