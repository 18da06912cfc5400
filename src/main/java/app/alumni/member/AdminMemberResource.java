package app.alumni.member;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import app.alumni.common.AuditTrail;
import app.alumni.common.Audited;
import app.alumni.common.ChangesSince;
import app.alumni.common.HttpNames;
import app.alumni.common.Page;
import app.alumni.common.PageRequest;
import app.alumni.common.ProblemException;
import app.alumni.common.ProblemType;
import app.alumni.common.Responses;
import app.alumni.member.MemberViews.MemberProfile;
import app.alumni.member.MemberViews.Registration;

@Path("/api/v1/admin")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.HR_ADMIN)
public class AdminMemberResource {

    private final RegistrationService registrations;
    private final MemberAdminService admin;
    private final Caller caller;

    private final AuditTrail trail;

    private final Erasures erasures;

    AdminMemberResource(RegistrationService registrations, MemberAdminService admin, Erasures erasures, Caller caller, AuditTrail trail) {
        this.trail = trail;
        this.erasures = erasures;
        this.registrations = registrations;
        this.admin = admin;
        this.caller = caller;
    }

    @Schema(name = "RejectionRequest", description = "Why a registration is rejected; the applicant may be told.")
    public record RejectionRequest(
            @NotBlank @Size(max = 1000)
            @Schema(example = "在籍記録を確認できませんでした。", maxLength = 1000, required = true)
            String reason) {
    }

    @Schema(name = "ErasureRequest", description = "Why HR erases the account (the member's deletion request, say), and what becomes of "
            + "the member's posts and comments.")
    public record ErasureRequest(
            @NotBlank @Size(max = 1000)
            @Schema(example = "本人からの削除依頼（2026-11-20 受付）", maxLength = 1000, required = true) String reason,
            @NotNull @Schema(required = true) ErasedContent content) {
    }

    @GET
    @Path("/registrations")
    @RolesAllowed({ Role.Names.HR_ADMIN, Scopes.MEMBERS_READ })
    @Audited(action = "registration-queue.read", target = "registration-queue", targetParam = "", read = true)
    @Operation(operationId = "listRegistrations", summary = "Registrations to verify",
            description = "HR admins. Registrations in one status (default `PENDING`), oldest first, with what each applicant declared "
                    + "and whether they confirmed their e-mail address.")
    @APIResponse(responseCode = "200", description = "One page of registrations.")
    public Page<Registration> registrations(
            @Parameter(description = "Status to list.") @QueryParam("status") @DefaultValue("PENDING") MemberStatus status,
            @Parameter(description = "Only applicants who confirmed (`true`) or did not yet confirm (`false`) their e-mail address.")
            @QueryParam("emailVerified") Boolean emailVerified,
            @BeanParam ChangesSince changes,
            @Valid @BeanParam PageRequest page) {
        Page<Registration> found = registrations.list(status, emailVerified, changes, page.limit(), page.cursor());
        trail.subjects(found.items().stream().map(Registration::id).toList());
        return found;
    }

    @GET
    @Path("/registrations/{id}")
    @RolesAllowed({ Role.Names.HR_ADMIN, Scopes.MEMBERS_READ })
    @Audited(action = "registration.read", target = "member", read = true)
    @Operation(operationId = "getRegistration", summary = "A registration",
            description = "HR admins. One account as HR verifies it: what the applicant declared, and how it compares with the roster "
                    + "(`rosterMatch`).")
    @APIResponse(responseCode = "200", description = "The registration.")
    public Registration registration(@Parameter(description = "Member id.") @PathParam("id") UUID id) {
        return registrations.get(id);
    }

    @GET
    @Path("/members")
    @RolesAllowed({ Role.Names.HR_ADMIN, Scopes.MEMBERS_READ })
    @Audited(action = "members.read", target = "member-list", targetParam = "", read = true)
    @Operation(operationId = "listMemberAccounts", summary = "Every account, for HR's systems",
            description = "HR admins and API clients with `members:read`. Every account in any status (or one), with what HR sees of a "
                    + "registration, oldest first; with `updatedSince`, what changed since, oldest change first, deleted accounts as "
                    + "tombstones (`deletedAt`, and nothing personal).")
    @APIResponse(responseCode = "200", description = "One page of accounts.")
    public Page<Registration> accounts(@Parameter(description = "Only this status.") @QueryParam("status") MemberStatus status,
            @BeanParam ChangesSince changes,
            @Valid @BeanParam PageRequest page) {
        Page<Registration> found = registrations.list(status, null, changes, page.limit(), page.cursor());
        trail.subjects(found.items().stream().map(Registration::id).toList());
        return found;
    }

    @POST
    @Path("/registrations/{id}/approve")
    @RolesAllowed({ Role.Names.HR_ADMIN, Scopes.MEMBERS_WRITE })
    @Audited(action = "registration.approve", target = "member")
    @Operation(operationId = "approveRegistration", summary = "Approve a registration",
            description = "HR admins. The member becomes `ACTIVE` with the role of their affiliation (`ALUMNUS` or `EMPLOYEE`). "
                    + "Approving an active member again changes nothing; a rejected or suspended one is 409.")
    @APIResponse(responseCode = "200", description = "The registration, now active.")
    public Registration approve(@Parameter(description = "Member id.") @PathParam("id") UUID id) {
        return Registration.of(registrations.approve(id, Actor.of(caller)));
    }

    @POST
    @Path("/registrations/{id}/reject")
    @RolesAllowed({ Role.Names.HR_ADMIN, Scopes.MEMBERS_WRITE })
    @Consumes(MediaType.APPLICATION_JSON)
    @Audited(action = "registration.reject", target = "member")
    @Operation(operationId = "rejectRegistration", summary = "Reject a registration",
            description = "HR admins. A `PENDING` registration becomes `REJECTED` with the reason; the applicant can no longer sign in. "
                    + "Rejecting it again changes nothing; an active member is 409.")
    @APIResponse(responseCode = "200", description = "The registration, now rejected.")
    public Registration reject(@Parameter(description = "Member id.") @PathParam("id") UUID id,
            @Valid @NotNull RejectionRequest request) {
        return Registration.of(registrations.reject(id, Actor.of(caller), request.reason()));
    }

    @PATCH
    @Path("/members/{id}")
    @RolesAllowed({ Role.Names.HR_ADMIN, Scopes.MEMBERS_WRITE })
    @Consumes({ MediaType.APPLICATION_JSON, HttpNames.MERGE_PATCH_JSON })
    @Audited(action = "member.change", target = "member")
    @Operation(operationId = "patchMemberAccount", summary = "Change a member's roles or status",
            description = "HR admins. Replace the roles and/or suspend (`SUSPENDED`) or reactivate (`ACTIVE`) an account. A suspended "
                    + "member's tokens stop working at once. The last active HR admin cannot be removed (409). `If-Match` is honoured "
                    + "(412 when stale). API clients with `members:write` may change the status, never roles (403).")
    @APIResponse(responseCode = "200", description = "The account after the change.")
    public RestResponse<MemberProfile> patch(@Parameter(description = "Member id.") @PathParam("id") UUID id,
            @HeaderParam(HttpNames.IF_MATCH) String ifMatch,
            @Valid @NotNull MemberAdminPatch patch) {
        if (caller.isClient() && patch.roles() != null) {
            throw ProblemException.of(ProblemType.FORBIDDEN, "problem.forbidden.roles-by-client");
        }
        Member m = admin.patch(id, patch, ifMatch);
        return Responses.ok(MemberProfile.of(m), m.version);
    }

    @POST
    @Path("/members/{id}/erase")
    @Consumes(MediaType.APPLICATION_JSON)
    @Audited(action = "member.erase", target = "member")
    @Operation(operationId = "eraseMember", summary = "Erase a member's account",
            description = "HR admins, carrying out a member's deletion request (APPI, GDPR), with the reason HR keeps. The same "
                    + "erasure as `POST /api/v1/members/me/deletion`: sessions end, personal data is erased, posts and comments are "
                    + "kept as by a former member or removed (`content`). Erasing an erased account again answers its record; HR "
                    + "admins erase their own account themselves (409), and the last active HR admin cannot be erased (409).")
    @APIResponse(responseCode = "200", description = "The erasure, as HR keeps it.")
    public ErasureRecord erase(@Parameter(description = "Member id.") @PathParam("id") UUID id, @Valid @NotNull ErasureRequest request) {
        return erasures.eraseFor(id, caller.id(), request.reason(), request.content());
    }
}
