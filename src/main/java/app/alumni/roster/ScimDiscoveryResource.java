package app.alumni.roster;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import app.alumni.common.PublicLinks;
import app.alumni.member.Scopes;
import app.alumni.roster.ScimViews.ScimErrorBody;
import app.alumni.roster.ScimViews.ScimResourceType;
import app.alumni.roster.ScimViews.ScimResourceTypeList;
import app.alumni.roster.ScimViews.ScimSchemaDefinition;
import app.alumni.roster.ScimViews.ScimSchemaList;
import app.alumni.roster.ScimViews.ScimServiceProviderConfig;

/** SCIM 2.0 discovery (RFC 7644 §4): what the service supports, its resource types and their schemas. */
@Path(ScimDiscovery.BASE)
@Tag(name = "SCIM")
@RolesAllowed(Scopes.SCIM)
@Produces({ ScimViews.MEDIA_TYPE, MediaType.APPLICATION_JSON })
public class ScimDiscoveryResource {

    private final PublicLinks links;

    ScimDiscoveryResource(PublicLinks links) {
        this.links = links;
    }

    @GET
    @Path("/ServiceProviderConfig")
    @Operation(operationId = "getScimServiceProviderConfig", summary = "SCIM: what the service supports", description = "`scim`.")
    @APIResponse(responseCode = "200", description = "PATCH, ETags and filters; no bulk, sorting or password changes.",
            content = @Content(mediaType = ScimViews.MEDIA_TYPE, schema = @Schema(implementation = ScimServiceProviderConfig.class)))
    public ScimServiceProviderConfig serviceProviderConfig() {
        return ScimDiscovery.serviceProviderConfig(links);
    }

    @GET
    @Path("/ResourceTypes")
    @Operation(operationId = "listScimResourceTypes", summary = "SCIM: resource types", description = "`scim`. `User` only.")
    @APIResponse(responseCode = "200", description = "The resource types.",
            content = @Content(mediaType = ScimViews.MEDIA_TYPE, schema = @Schema(implementation = ScimResourceTypeList.class)))
    public ScimResourceTypeList resourceTypes() {
        List<ScimResourceType> types = ScimDiscovery.resourceTypes(links);
        return new ScimResourceTypeList(List.of(ScimViews.LIST_RESPONSE), types.size(), 1, types.size(), types);
    }

    @GET
    @Path("/ResourceTypes/{id}")
    @Operation(operationId = "getScimResourceType", summary = "SCIM: a resource type", description = "`scim`.")
    @APIResponse(responseCode = "200", description = "The resource type.",
            content = @Content(mediaType = ScimViews.MEDIA_TYPE, schema = @Schema(implementation = ScimResourceType.class)))
    @APIResponse(responseCode = "404", description = "No such resource type.",
            content = @Content(mediaType = ScimViews.MEDIA_TYPE, schema = @Schema(implementation = ScimErrorBody.class)))
    public ScimResourceType resourceType(@Parameter(description = "`User`.", schema = @Schema(type = SchemaType.STRING, maxLength = 40))
            @PathParam("id") String id) {
        return ScimDiscovery.resourceType(id, links).orElseThrow(ScimException::notFound);
    }

    @GET
    @Path("/Schemas")
    @Operation(operationId = "listScimSchemas", summary = "SCIM: schemas",
            description = "`scim`. The core User, the enterprise extension and this service's extension, with the attributes kept.")
    @APIResponse(responseCode = "200", description = "The schemas.",
            content = @Content(mediaType = ScimViews.MEDIA_TYPE, schema = @Schema(implementation = ScimSchemaList.class)))
    public ScimSchemaList schemas() {
        List<ScimSchemaDefinition> schemas = ScimDiscovery.schemas(links);
        return new ScimSchemaList(List.of(ScimViews.LIST_RESPONSE), schemas.size(), 1, schemas.size(), schemas);
    }

    @GET
    @Path("/Schemas/{id}")
    @Operation(operationId = "getScimSchema", summary = "SCIM: a schema", description = "`scim`.")
    @APIResponse(responseCode = "200", description = "The schema.",
            content = @Content(mediaType = ScimViews.MEDIA_TYPE, schema = @Schema(implementation = ScimSchemaDefinition.class)))
    @APIResponse(responseCode = "404", description = "No such schema.",
            content = @Content(mediaType = ScimViews.MEDIA_TYPE, schema = @Schema(implementation = ScimErrorBody.class)))
    public ScimSchemaDefinition schema(@Parameter(description = "The schema's URN.", schema = @Schema(type = SchemaType.STRING,
            maxLength = 100)) @PathParam("id") String id) {
        return ScimDiscovery.schema(id, links).orElseThrow(ScimException::notFound);
    }

    @ServerExceptionMapper
    Response refused(ScimException e, HttpHeaders headers) {
        return ScimException.response(e, headers);
    }
}
