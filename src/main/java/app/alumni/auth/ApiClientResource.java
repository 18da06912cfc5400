package app.alumni.auth;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.JsonNode;

import app.alumni.auth.ApiClientViews.ApiClientCredentials;
import app.alumni.auth.ApiClientViews.ApiClientInput;
import app.alumni.auth.ApiClientViews.ApiClientSettings;
import app.alumni.auth.ApiClientViews.ApiClientView;
import app.alumni.common.AuditTrail;
import app.alumni.common.Audited;
import app.alumni.common.HttpNames;
import app.alumni.common.Page;
import app.alumni.common.PageRequest;
import app.alumni.common.Responses;
import app.alumni.member.Caller;
import app.alumni.member.Role;

@Path("/api/v1/admin/api-clients")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.HR_ADMIN)
public class ApiClientResource {

    private final ApiClients clients;
    private final Caller caller;

    private final AuditTrail trail;

    ApiClientResource(ApiClients clients, Caller caller, AuditTrail trail) {
        this.trail = trail;
        this.clients = clients;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Audited(action = "api-client.create", target = "api-client", targetParam = "")
    @Operation(operationId = "createApiClient", summary = "Create a machine client",
            description = "HR admins. A client for one of HR's systems, with the scopes it may use. The answer holds its `clientSecret`, "
                    + "shown this once; only a hash is kept.")
    @APIResponseSchema(value = ApiClientCredentials.class, responseCode = "201", responseDescription = "Created; store the secret now.")
    public RestResponse<ApiClientCredentials> create(@Valid @NotNull ApiClientInput input) {
        ApiClientCredentials created = clients.create(caller.id(), input);
        trail.target(created.clientId());
        return Responses.created("/api/v1/admin/api-clients/" + created.clientId(), created);
    }

    @GET
    @Operation(operationId = "listApiClients", summary = "Machine clients", description = "HR admins. Oldest first, revoked ones included.")
    @APIResponse(responseCode = "200", description = "One page of clients.")
    public Page<ApiClientView> list(@Valid @BeanParam PageRequest page) {
        return clients.list(page.limit(), page.cursor());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getApiClient", summary = "A machine client", description = "HR admins. Never its secret.")
    @APIResponse(responseCode = "200", description = "The client.")
    public RestResponse<ApiClientView> get(@Parameter(description = "Client id.") @PathParam("id") UUID id) {
        ApiClient c = clients.get(id);
        return Responses.ok(ApiClientView.of(c), c.version);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ MediaType.APPLICATION_JSON, HttpNames.MERGE_PATCH_JSON })
    @Audited(action = "api-client.change", target = "api-client")
    @Operation(operationId = "patchApiClient", summary = "Change, suspend or resume a machine client",
            description = "HR admins. JSON merge patch of `name`, `scopes` and `suspended`, with `If-Match` (412 when stale). A suspended "
                    + "client gets no tokens and its tokens are refused (403 `client-suspended`) until it is resumed; a scope removed "
                    + "stops working at once. A revoked client is 409.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ApiClientSettings.class)))
    @APIResponse(responseCode = "200", description = "The client after the change.")
    public RestResponse<ApiClientView> patch(@Parameter(description = "Client id.") @PathParam("id") UUID id,
            @HeaderParam(HttpNames.IF_MATCH) String ifMatch, JsonNode patch) {
        ApiClient c = clients.edit(id, patch, ifMatch);
        return Responses.ok(ApiClientView.of(c), c.version);
    }

    @POST
    @Path("/{id}/secret")
    @Audited(action = "api-client.rotate-secret", target = "api-client")
    @Operation(operationId = "rotateApiClientSecret", summary = "Rotate a client's secret",
            description = "HR admins. A new secret, shown this once; the old one stops working at once. A revoked client is 409.")
    @APIResponse(responseCode = "200", description = "The client with its new secret.")
    public ApiClientCredentials rotate(@Parameter(description = "Client id.") @PathParam("id") UUID id) {
        return clients.rotate(id);
    }

    @DELETE
    @Path("/{id}")
    @Audited(action = "api-client.revoke", target = "api-client")
    @Operation(operationId = "revokeApiClient", summary = "Revoke a machine client",
            description = "HR admins. For good: it can no longer obtain tokens, and the ones it has stop working. It stays listed "
                    + "with `revokedAt`. Revoking again changes nothing.")
    @APIResponse(responseCode = "204", description = "Revoked.")
    public void revoke(@Parameter(description = "Client id.") @PathParam("id") UUID id) {
        clients.revoke(id);
    }
}
