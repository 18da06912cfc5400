package app.alumni.export;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import app.alumni.common.AuditTrail;
import app.alumni.common.Audited;
import app.alumni.common.CachePolicy;
import app.alumni.export.ExportViews.ExportDocument;
import app.alumni.export.ExportViews.ExportView;
import app.alumni.member.Caller;
import app.alumni.member.Role;

@Path(ExportResource.PATH)
@Tag(name = "Privacy")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ACCOUNT_HOLDER)
public class ExportResource {

    static final String PATH = "/api/v1/members/me/exports";

    private final Exports exports;
    private final Caller caller;
    private final AuditTrail trail;

    ExportResource(Exports exports, Caller caller, AuditTrail trail) {
        this.exports = exports;
        this.caller = caller;
        this.trail = trail;
    }

    @POST
    @Audited(action = "export.request", target = "export", targetParam = "")
    @Operation(operationId = "requestMyExport", summary = "Ask for an export of my personal data",
            description = "Any signed-in member (also before accepting a new privacy policy). Everything the community keeps of me is "
                    + "gathered in the background into one JSON document (see `PersonalDataExport`), usually within seconds; poll the "
                    + "status (`Location`) until it is `READY`, then download it with my token within its period (7 days). One export "
                    + "is made at a time: asking again while one is `PENDING` answers that one. At most 5 a day (429).")
    @APIResponse(responseCode = "202", description = "Asked for; its status is at `Location`.",
            content = @Content(schema = @Schema(implementation = ExportView.class)))
    public RestResponse<ExportView> request() {
        ExportView view = exports.request(caller.id());
        trail.target(view.id());
        return RestResponse.ResponseBuilder.create(RestResponse.Status.ACCEPTED, view).location(URI.create(PATH + "/" + view.id()))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMyExport", summary = "An export of my personal data",
            description = "The owner only (404 for anyone else). Its status, and `downloadUrl` once it is `READY`.")
    @APIResponse(responseCode = "200", description = "The export.")
    public ExportView status(@Parameter(description = "Export id.") @PathParam("id") UUID id) {
        return exports.status(caller.id(), id);
    }

    @GET
    @Path("/{id}/download")
    @Operation(operationId = "downloadMyExport", summary = "Download an export of my personal data",
            description = "The owner only, with their access token (404 for anyone else, and once expired). 409 while it is not "
                    + "`READY`. One JSON document, never cached.")
    @APIResponse(responseCode = "200", description = "The document.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportDocument.class)))
    public Response download(@Parameter(description = "Export id.") @PathParam("id") UUID id) {
        byte[] document = exports.document(caller.id(), id);
        return Response.ok(document, MediaType.APPLICATION_JSON + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"alumni-export-" + LocalDate.now(ZoneOffset.UTC) + ".json\"")
                .header("Cache-Control", CachePolicy.NO_STORE).build();
    }
}
