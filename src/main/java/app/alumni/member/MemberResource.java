package app.alumni.member;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.JsonNode;

import app.alumni.common.Audited;
import app.alumni.common.HttpNames;
import app.alumni.common.Page;
import app.alumni.common.PageRequest;
import app.alumni.common.Responses;
import app.alumni.member.MemberViews.MemberProfile;
import app.alumni.member.MemberViews.MemberSummary;
import app.alumni.member.MemberViews.PublicProfile;

@Path("/api/v1/members")
@Tag(name = "Members")
@Produces(MediaType.APPLICATION_JSON)
public class MemberResource {

    private final ProfileService profiles;
    private final DirectoryService directory;
    private final Caller caller;

    MemberResource(ProfileService profiles, DirectoryService directory, Caller caller) {
        this.profiles = profiles;
        this.directory = directory;
        this.caller = caller;
    }

    @GET
    @Path("/me")
    @RolesAllowed(Role.Names.ACCOUNT_HOLDER)
    @Operation(operationId = "getMyProfile", summary = "My profile",
            description = "The caller's own profile and account. Pending members (not yet verified) may call it too. The `ETag` header "
                    + "is the version to send as `If-Match` when patching.")
    @APIResponse(responseCode = "200", description = "The profile.")
    public RestResponse<MemberProfile> me() {
        Member m = profiles.get(caller.id());
        return Responses.ok(MemberProfile.of(m), m.version);
    }

    @PATCH
    @Path("/me")
    @RolesAllowed(Role.Names.ACCOUNT_HOLDER)
    @Consumes({ HttpNames.MERGE_PATCH_JSON, MediaType.APPLICATION_JSON })
    @Operation(operationId = "patchMyProfile", summary = "Edit my profile",
            description = "JSON merge patch (RFC 7396) of the editable profile: send only what changes; `null` clears an optional field; "
                    + "lists are replaced whole. With `If-Match` (the `ETag` of a read), a stale version is refused with 412.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = EditableProfile.class)))
    @APIResponse(responseCode = "200", description = "The updated profile.")
    public RestResponse<MemberProfile> patchMe(
            @HeaderParam(HttpNames.IF_MATCH) String ifMatch,
            JsonNode patch) {
        Member m = profiles.patch(caller.id(), patch, ifMatch);
        return Responses.ok(MemberProfile.of(m), m.version);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Role.Names.ACTIVE_MEMBER)
    @Audited(action = "member.read", target = "member", read = true)
    @Operation(operationId = "getMember", summary = "A member's profile",
            description = "An active member's profile as their privacy settings allow: the email address only when they show it, the "
                    + "career section only when they share it. HR admins see every account, with all "
                    + "details.")
    @APIResponse(responseCode = "200", description = "The profile. The `ETag` is what HR sends as `If-Match` when changing the account.")
    public RestResponse<PublicProfile> get(@Parameter(description = "Member id.") @PathParam("id") UUID id) {
        boolean hrView = caller.hrAdmin();
        Member m = profiles.visibleTo(id, caller.id(), hrView);
        return Responses.ok(PublicProfile.of(m, hrView), m.version);
    }

    @GET
    @RolesAllowed(Role.Names.ACTIVE_MEMBER)
    @Operation(operationId = "searchMembers", summary = "Alumni directory",
            description = """
                    Active members, filtered and searched. `q` finds each of its words (up to 5, all must match) as a substring of \
                    names (kanji, kana, latin), headline, bio, skills and, where shared, company, title and industry; it ignores case, \
                    full-width/half-width and katakana/hiragana differences, so `田中`, `やまだ` or `ＪＡＶＡ` work. Filters combine. \
                    Ordered by the reading of the name (kana reading where given, else display name), then id; keyset-paginated.""")
    @APIResponse(responseCode = "200", description = "One page of members.")
    public Page<MemberSummary> search(
            @Parameter(description = "Words to find.", example = "田中") @QueryParam("q") @Size(max = 100) String q,
            @Parameter(description = "A skill the member lists (exact, ignoring case and width).",
                    example = "Java") @QueryParam("skill") @Size(max = 50) String skill,
            @Parameter(description = "Industry (exact, ignoring case and width).",
                    example = "IT") @QueryParam("industry") @Size(max = 60) String industry,
            @Parameter(description = "Members open to all of these (repeat the parameter).", schema = @Schema(type = SchemaType.ARRAY,
                    implementation = OpenTo.class, maxItems = 4)) @QueryParam("openTo") List<OpenTo> openTo,
            @Parameter(description = "Year the member left the company.",
                    example = "2021") @QueryParam("leftYear") @Min(1900) @Max(2100) Integer leftYear,
            @Parameter(description = "A department the member worked in (exact, ignoring case and width).",
                    example = "開発本部") @QueryParam("department") @Size(max = 100) String department,
            @Valid @BeanParam PageRequest page) {
        var filter = DirectoryFilter.of(q, skill, industry, openTo == null ? Set.of() : Set.copyOf(openTo), leftYear, department);
        return directory.search(filter, caller.id(), page.limit(), page.cursor());
    }
}
