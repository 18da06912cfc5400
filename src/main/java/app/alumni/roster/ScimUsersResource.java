package app.alumni.roster;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import app.alumni.common.Audited;
import app.alumni.common.ProblemException;
import app.alumni.common.Responses;
import app.alumni.member.Scopes;
import app.alumni.roster.ScimViews.ScimErrorBody;
import app.alumni.roster.ScimViews.ScimPatchRequest;
import app.alumni.roster.ScimViews.ScimUser;
import app.alumni.roster.ScimViews.ScimUserList;

/**
 * SCIM 2.0 Users for the company's identity provider (RFC 7644): current employees, kept in the alumni roster.
 * Bodies are read here rather than by the framework so that every refusal is a SCIM error.
 */
@Path(ScimService.USERS)
@Tag(name = "SCIM")
@RolesAllowed(Scopes.SCIM)
@Produces({ ScimViews.MEDIA_TYPE, MediaType.APPLICATION_JSON })
public class ScimUsersResource {

    private static final String USER_EXAMPLE = """
            {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
             "userName": "hanako.yamada@corp.example.jp", "externalId": "a1b2c3d4-0000-4000-8000-00000000abcd",
             "name": {"familyName": "山田", "givenName": "花子"}, "active": true,
             "emails": [{"value": "hanako.yamada@corp.example.jp", "type": "work", "primary": true},
                        {"value": "hanako@example.jp", "type": "home"}],
             "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"employeeNumber": "E012345", "department": "開発本部"}}
            """;
    private static final String PATCH_EXAMPLE = """
            {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
             "Operations": [{"op": "replace", "path": "active", "value": false}]}
            """;

    private final ScimService scim;

    ScimUsersResource(ScimService scim) {
        this.scim = scim;
    }

    @GET
    @Audited(action = "scim-users.read", target = "scim-user", targetParam = "", read = true)
    @Operation(operationId = "listScimUsers", summary = "SCIM: list or find users",
            description = "`scim`. Oldest first, by position: `startIndex` (from 1) and `count` (at most 200). `filter` finds one user "
                    + "by `userName eq \"…\"` (ignoring case) or `externalId eq \"…\"`, as identity providers do before creating one.")
    @APIResponse(responseCode = "200", description = "A page of users.",
            content = @Content(mediaType = ScimViews.MEDIA_TYPE, schema = @Schema(implementation = ScimUserList.class)))
    @APIResponse(responseCode = "400", description = "`invalidFilter`, or `invalidValue` for `startIndex` or `count`.",
            content = @Content(mediaType = ScimViews.MEDIA_TYPE, schema = @Schema(implementation = ScimErrorBody.class)))
    public ScimUserList list(
            @Parameter(description = "`userName eq \"…\"` or `externalId eq \"…\"`.", schema = @Schema(type = SchemaType.STRING,
                    maxLength = 300)) @QueryParam("filter") String filter,
            @Parameter(description = "The position of the first user, from 1.", schema = @Schema(type = SchemaType.INTEGER,
                    format = "int32", minimum = "1", maximum = "2147483647", defaultValue = "1"))
            @QueryParam("startIndex") String startIndex,
            @Parameter(description = "How many users at most (0 counts them only).", schema = @Schema(type = SchemaType.INTEGER,
                    format = "int32", minimum = "0", maximum = "200", defaultValue = "100")) @QueryParam("count") String count) {
        return scim.list(ScimFilter.parse(filter), integer(startIndex, "startIndex", 1), integer(count, "count", 100));
    }

    @POST
    @Consumes({ ScimViews.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @Audited(action = "scim-user.create", target = "scim-user", targetParam = "")
    @Operation(operationId = "createScimUser", summary = "SCIM: create a user",
            description = "`scim`. A current employee, in the roster without a leaving date; the enterprise extension's "
                    + "`employeeNumber` is required. An entry HR's roster already has of that number is taken over (a former "
                    + "employee hired again is an employee again). 409 `uniqueness` when another user has the `userName`, "
                    + "`externalId` or employee number.")
    @RequestBody(required = true, content = @Content(mediaType = ScimViews.MEDIA_TYPE, schema = @Schema(implementation = ScimUser.class),
            examples = @ExampleObject(name = "azure-ad", value = USER_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(mediaType = ScimViews.MEDIA_TYPE, schema = @Schema(implementation = ScimUser.class)))
    @APIResponse(responseCode = "400", description = "`invalidSyntax` or `invalidValue`.",
            content = @Content(mediaType = ScimViews.MEDIA_TYPE, schema = @Schema(implementation = ScimErrorBody.class)))
    @APIResponse(responseCode = "409", description = "`uniqueness`.",
            content = @Content(mediaType = ScimViews.MEDIA_TYPE, schema = @Schema(implementation = ScimErrorBody.class)))
    public RestResponse<ScimUser> create(String body) {
        ScimService.Versioned v = scim.create(scim.user(scim.tree(body)));
        return Responses.created(ScimService.USERS + "/" + v.user().id(), v.user(), v.version());
    }

    @GET
    @Path("/{id}")
    @Audited(action = "scim-user.read", target = "scim-user", read = true)
    @Operation(operationId = "getScimUser", summary = "SCIM: a user", description = "`scim`.")
    @APIResponse(responseCode = "200", description = "The user, with its `ETag`.",
            content = @Content(mediaType = ScimViews.MEDIA_TYPE, schema = @Schema(implementation = ScimUser.class)))
    @APIResponse(responseCode = "404", description = "No such user (or it was deleted).",
            content = @Content(mediaType = ScimViews.MEDIA_TYPE, schema = @Schema(implementation = ScimErrorBody.class)))
    public RestResponse<ScimUser> get(@Parameter(description = "The user's id.", schema = @Schema(type = SchemaType.STRING,
            format = "uuid", maxLength = 36)) @PathParam("id") String id) {
        ScimService.Versioned v = scim.get(id(id));
        return Responses.ok(v.user(), v.version());
    }

    @PUT
    @Path("/{id}")
    @Consumes({ ScimViews.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @Audited(action = "scim-user.replace", target = "scim-user")
    @Operation(operationId = "replaceScimUser", summary = "SCIM: replace a user",
            description = "`scim`. `active: false` means the person left: the roster entry gets today's leaving date, an employee "
                    + "member with that number becomes an alumnus (staff roles end), and one who agreed to be contacted and is no "
                    + "member yet is invited after `ALUMNI_ROSTER_INVITE_AFTER`. `active: true` again clears the leaving date. The "
                    + "employee number cannot change (400 `mutability`); the address, reading, department and agreements stay "
                    + "unless given.")
    @RequestBody(required = true, content = @Content(mediaType = ScimViews.MEDIA_TYPE, schema = @Schema(implementation = ScimUser.class),
            examples = @ExampleObject(name = "azure-ad", value = USER_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Replaced.",
            content = @Content(mediaType = ScimViews.MEDIA_TYPE, schema = @Schema(implementation = ScimUser.class)))
    @APIResponse(responseCode = "400", description = "`invalidSyntax`, `invalidValue` or `mutability`.",
            content = @Content(mediaType = ScimViews.MEDIA_TYPE, schema = @Schema(implementation = ScimErrorBody.class)))
    @APIResponse(responseCode = "404", description = "No such user.",
            content = @Content(mediaType = ScimViews.MEDIA_TYPE, schema = @Schema(implementation = ScimErrorBody.class)))
    @APIResponse(responseCode = "409", description = "`uniqueness`, or changed at the same time.",
            content = @Content(mediaType = ScimViews.MEDIA_TYPE, schema = @Schema(implementation = ScimErrorBody.class)))
    @APIResponse(responseCode = "412", description = "`If-Match` does not match the user's version.",
            content = @Content(mediaType = ScimViews.MEDIA_TYPE, schema = @Schema(implementation = ScimErrorBody.class)))
    public RestResponse<ScimUser> replace(@Parameter(description = "The user's id.", schema = @Schema(type = SchemaType.STRING,
            format = "uuid", maxLength = 36)) @PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, String body) {
        UUID userId = id(id);
        ScimService.Versioned v = scim.replace(userId, scim.user(scim.tree(body)), ifMatch);
        return Responses.ok(v.user(), v.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ ScimViews.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @Audited(action = "scim-user.patch", target = "scim-user")
    @Operation(operationId = "patchScimUser", summary = "SCIM: change a user",
            description = "`scim`. RFC 7644 §3.5.2 operations `add`, `replace`, `remove` (any case), all or none; `replace` of "
                    + "`active` with `false` (or `\"False\"`, or `{\"active\": false}` without a path) is the leaver flow of PUT.")
    @RequestBody(required = true, content = @Content(mediaType = ScimViews.MEDIA_TYPE,
            schema = @Schema(implementation = ScimPatchRequest.class),
            examples = @ExampleObject(name = "deactivate", value = PATCH_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The user as changed.",
            content = @Content(mediaType = ScimViews.MEDIA_TYPE, schema = @Schema(implementation = ScimUser.class)))
    @APIResponse(responseCode = "400", description = "`invalidSyntax`, `invalidValue`, `invalidPath`, `noTarget` or `mutability`.",
            content = @Content(mediaType = ScimViews.MEDIA_TYPE, schema = @Schema(implementation = ScimErrorBody.class)))
    @APIResponse(responseCode = "404", description = "No such user.",
            content = @Content(mediaType = ScimViews.MEDIA_TYPE, schema = @Schema(implementation = ScimErrorBody.class)))
    @APIResponse(responseCode = "409", description = "`uniqueness`, or changed at the same time.",
            content = @Content(mediaType = ScimViews.MEDIA_TYPE, schema = @Schema(implementation = ScimErrorBody.class)))
    @APIResponse(responseCode = "412", description = "`If-Match` does not match the user's version.",
            content = @Content(mediaType = ScimViews.MEDIA_TYPE, schema = @Schema(implementation = ScimErrorBody.class)))
    public RestResponse<ScimUser> patch(@Parameter(description = "The user's id.", schema = @Schema(type = SchemaType.STRING,
            format = "uuid", maxLength = 36)) @PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, String body) {
        UUID userId = id(id);
        ScimService.Versioned v = scim.patch(userId, scim.patchRequest(scim.tree(body)), ifMatch);
        return Responses.ok(v.user(), v.version());
    }

    @DELETE
    @Path("/{id}")
    @Audited(action = "scim-user.delete", target = "scim-user")
    @Operation(operationId = "deleteScimUser", summary = "SCIM: delete a user",
            description = "`scim`. The leaver flow, if the user was still active; the person stays in the alumni roster, but is no "
                    + "SCIM user any more (404 from now on).")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = "No such user.",
            content = @Content(mediaType = ScimViews.MEDIA_TYPE, schema = @Schema(implementation = ScimErrorBody.class)))
    @APIResponse(responseCode = "412", description = "`If-Match` does not match the user's version.",
            content = @Content(mediaType = ScimViews.MEDIA_TYPE, schema = @Schema(implementation = ScimErrorBody.class)))
    public void delete(@Parameter(description = "The user's id.", schema = @Schema(type = SchemaType.STRING, format = "uuid",
            maxLength = 36)) @PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        scim.delete(id(id), ifMatch);
    }

    /** An id that is no UUID names no user. */
    private static UUID id(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ScimException.notFound();
        }
    }

    private static int integer(String value, String name, int otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ScimException.invalidValue("scim.not-an-integer", name);
        }
    }

    @ServerExceptionMapper
    Response refused(ScimException e, HttpHeaders headers) {
        return ScimException.response(e, headers);
    }

    @ServerExceptionMapper
    Response refused(ProblemException e, HttpHeaders headers) {
        return ScimException.response(e, headers);
    }
}
