package app.alumni.group;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import app.alumni.common.Audited;
import app.alumni.common.BodyLimit;
import app.alumni.common.HttpNames;
import app.alumni.common.Page;
import app.alumni.common.PageRequest;
import app.alumni.common.Responses;
import app.alumni.group.GroupEnums.Kind;
import app.alumni.group.GroupEnums.MembershipStatus;
import app.alumni.group.GroupEnums.Status;
import app.alumni.group.GroupViews.GroupInput;
import app.alumni.group.GroupViews.GroupMemberView;
import app.alumni.group.GroupViews.GroupView;
import app.alumni.group.GroupViews.MyMembership;
import app.alumni.group.GroupViews.Rejection;
import app.alumni.group.GroupViews.RoleChange;
import app.alumni.member.Caller;
import app.alumni.member.MemberCard;
import app.alumni.member.Role;

@BodyLimit(kib = BodyLimit.LONG_TEXT_KIB)
@Path("/api/v1/groups")
@Tag(name = "Groups")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ACTIVE_MEMBER)
public class GroupResource {

    private static final String GROUP_ID = "Group id.";
    private static final String MEMBER_ID = "Member id.";

    private final GroupService groups;
    private final GroupMembers members;
    private final Caller caller;

    GroupResource(GroupService groups, GroupMembers members, Caller caller) {
        this.groups = groups;
        this.members = members;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createGroup", summary = "Create or propose a group",
            description = "HR admins create official groups, active at once. Any other active member proposes one: it stays "
                    + "`PROPOSED` (seen by them and HR) until HR approves or rejects it; at most 5 proposals wait at a time (409). "
                    + "The creator is the group's first admin. A name another group has (ignoring width, case and kana) is 409.")
    @APIResponseSchema(value = GroupView.class, responseCode = "201", responseDescription = "Created.")
    @APIResponse(responseCode = "409", description = "The name is taken, or too many proposals are waiting.")
    public RestResponse<GroupView> create(@Valid @NotNull GroupInput input) {
        CommunityGroup g = groups.create(caller, input);
        return Responses.created("/api/v1/groups/" + g.id, groups.view(g, caller), g.version);
    }

    @GET
    @Operation(operationId = "listGroups", summary = "Groups",
            description = "Active groups, newest first; `q` finds words of name and description (Japanese included), `kind` one kind. "
                    + "`mine=true`: the groups the caller is in or asked to join, and their own proposals. HR admins list "
                    + "proposals with `status=PROPOSED` (or `REJECTED`), oldest first.")
    @APIResponse(responseCode = "200", description = "One page of groups.")
    public Page<GroupView> list(
            @Parameter(description = "Words to find.", example = "福岡") @QueryParam("q") @Size(max = 100) String q,
            @Parameter(description = "Only this kind.") @QueryParam("kind") Kind kind,
            @Parameter(description = "Only the caller's groups.") @QueryParam("mine") @DefaultValue("false") boolean mine,
            @Parameter(description = "Only this status; PROPOSED and REJECTED for HR admins (or with mine=true).") @QueryParam("status")
            Status status,
            @Valid @BeanParam PageRequest page) {
        return groups.list(q, kind, mine, status, page.limit(), page.cursor(), caller);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getGroup", summary = "A group",
            description = "Any active member for an active group (closed ones too: their content is what stays private); a proposal "
                    + "only for its proposer and HR. With the caller's membership and an `ETag` for editing.")
    @APIResponse(responseCode = "200", description = "The group.")
    public RestResponse<GroupView> get(@Parameter(description = GROUP_ID) @PathParam("id") UUID id) {
        CommunityGroup g = groups.visible(id, caller);
        return Responses.ok(groups.view(g, caller), g.version);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ HttpNames.MERGE_PATCH_JSON, MediaType.APPLICATION_JSON })
    @Operation(operationId = "patchGroup", summary = "Edit a group",
            description = "Its admins and HR admins. JSON merge patch; with `If-Match`, a stale version is 412. Opening a closed group "
                    + "lets in everyone who asked to join.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = GroupInput.class)))
    @APIResponse(responseCode = "200", description = "The edited group.")
    public RestResponse<GroupView> patch(@Parameter(description = GROUP_ID) @PathParam("id") UUID id,
            @HeaderParam(HttpNames.IF_MATCH) String ifMatch, JsonNode patch) {
        CommunityGroup g = groups.edit(id, caller, patch, ifMatch);
        return Responses.ok(groups.view(g, caller), g.version);
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Role.Names.HR_ADMIN)
    @Audited(action = "group.approve", target = "group")
    @Operation(operationId = "approveGroup", summary = "Approve a proposed group",
            description = "HR admins. The group becomes active. Approving an active group again changes nothing; a rejected one is 409.")
    @APIResponse(responseCode = "200", description = "The active group.")
    public RestResponse<GroupView> approve(@Parameter(description = GROUP_ID) @PathParam("id") UUID id) {
        CommunityGroup g = groups.approve(id);
        return Responses.ok(groups.view(g, caller), g.version);
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.HR_ADMIN)
    @Audited(action = "group.reject", target = "group")
    @Operation(operationId = "rejectGroup", summary = "Reject a proposed group",
            description = "HR admins, with a message its proposer sees. An active group is 409.")
    @APIResponse(responseCode = "200", description = "The rejected group.")
    public RestResponse<GroupView> reject(@Parameter(description = GROUP_ID) @PathParam("id") UUID id,
            @Valid @NotNull Rejection rejection) {
        CommunityGroup g = groups.reject(id, rejection.message());
        return Responses.ok(groups.view(g, caller), g.version);
    }

    @POST
    @Path("/{id}/members")
    @Operation(operationId = "joinGroup", summary = "Join a group",
            description = "The caller joins an open group at once (`ACTIVE`), or asks to join a closed one (`PENDING`, for its admins "
                    + "to accept or decline; at most 20 requests wait at a time). Joining again answers 200 with the membership as it is.")
    @APIResponse(responseCode = "201", description = "Joined, or asked to join.",
            content = @Content(schema = @Schema(implementation = MyMembership.class)))
    @APIResponse(responseCode = "200", description = "Already in the group, or already asked.",
            content = @Content(schema = @Schema(implementation = MyMembership.class)))
    public RestResponse<MyMembership> join(@Parameter(description = GROUP_ID) @PathParam("id") UUID id) {
        GroupMembers.Joined joined = members.join(id, caller.id());
        MyMembership body = MyMembership.of(joined.membership());
        return joined.fresh() ? Responses.created("/api/v1/groups/" + id + "/members/" + caller.id(), body) : RestResponse.ok(body);
    }

    @GET
    @Path("/{id}/members")
    @Operation(operationId = "listGroupMembers", summary = "A group's members, or its join requests",
            description = "`status=ACTIVE` (the default): an open group's members for any active member, a closed group's for its "
                    + "members and HR. `status=PENDING`: the requests waiting, for the group's admins and HR. In the order they came; "
                    + "members a block lies between are left out.")
    @APIResponse(responseCode = "200", description = "One page of members.")
    public Page<GroupMemberView> listMembers(@Parameter(description = GROUP_ID) @PathParam("id") UUID id,
            @Parameter(description = "Members or requests.") @QueryParam("status") @DefaultValue("ACTIVE") MembershipStatus status,
            @Valid @BeanParam PageRequest page) {
        return members.list(groups.visible(id, caller), status, caller, page.limit(), page.cursor());
    }

    @GET
    @Path("/{id}/members/{memberId}")
    @Operation(operationId = "getGroupMember", summary = "A member of a group, or a join request",
            description = "Who may list the group's members (or requests) sees one of them; everyone sees their own.")
    @APIResponse(responseCode = "200", description = "The membership.")
    public GroupMemberView member(@Parameter(description = GROUP_ID) @PathParam("id") UUID id,
            @Parameter(description = MEMBER_ID) @PathParam("memberId") UUID memberId) {
        return members.one(groups.visible(id, caller), memberId, caller);
    }

    @POST
    @Path("/{id}/members/{memberId}/accept")
    @Operation(operationId = "acceptGroupMember", summary = "Accept a join request",
            description = "The group's admins and HR admins. The member is told. Accepting again changes nothing.")
    @APIResponse(responseCode = "200", description = "The member's membership.")
    public GroupMemberView accept(@Parameter(description = GROUP_ID) @PathParam("id") UUID id,
            @Parameter(description = MEMBER_ID) @PathParam("memberId") UUID memberId) {
        GroupMembership m = members.accept(id, memberId, caller);
        return GroupMemberView.of(m, MemberCard.of(memberId));
    }

    @POST
    @Path("/{id}/members/{memberId}/decline")
    @Operation(operationId = "declineGroupMember", summary = "Decline a join request",
            description = "The group's admins and HR admins. 404 when no request is waiting.")
    @APIResponse(responseCode = "204", description = "Declined.")
    public void decline(@Parameter(description = GROUP_ID) @PathParam("id") UUID id,
            @Parameter(description = MEMBER_ID) @PathParam("memberId") UUID memberId) {
        members.decline(id, memberId, caller);
    }

    @PATCH
    @Path("/{id}/members/{memberId}")
    @Consumes({ HttpNames.MERGE_PATCH_JSON, MediaType.APPLICATION_JSON })
    @Operation(operationId = "changeGroupMemberRole", summary = "Make a member admin, or an admin a member",
            description = "The group's admins and HR admins. The last admin stays admin (409).")
    @APIResponse(responseCode = "200", description = "The member's membership.")
    public GroupMemberView changeRole(@Parameter(description = GROUP_ID) @PathParam("id") UUID id,
            @Parameter(description = MEMBER_ID) @PathParam("memberId") UUID memberId, @Valid @NotNull RoleChange change) {
        GroupMembership m = members.changeRole(id, memberId, change.role(), caller);
        return GroupMemberView.of(m, MemberCard.of(memberId));
    }

    @DELETE
    @Path("/{id}/members/{memberId}")
    @Operation(operationId = "removeGroupMember", summary = "Leave a group, or remove a member",
            description = "A member leaves (or withdraws their request) with their own id; the group's admins and HR admins remove "
                    + "anyone. The last admin of a group with other members must make someone else admin first (409).")
    @APIResponse(responseCode = "204", description = "Left or removed.")
    public void remove(@Parameter(description = GROUP_ID) @PathParam("id") UUID id,
            @Parameter(description = MEMBER_ID) @PathParam("memberId") UUID memberId) {
        members.remove(id, memberId, caller);
    }
}
