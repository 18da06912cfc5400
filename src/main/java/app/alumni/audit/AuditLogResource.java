package app.alumni.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.alumni.audit.AuditViews.AuditEntryView;
import app.alumni.common.Audited;
import app.alumni.common.Csv;
import app.alumni.common.Page;
import app.alumni.common.PageRequest;
import app.alumni.member.Role;

@Path("/api/v1/admin/audit-log")
@Tag(name = "Privacy")
@RolesAllowed(Role.Names.HR_ADMIN)
public class AuditLogResource {

    private final AuditLog log;

    AuditLogResource(AuditLog log) {
        this.log = log;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Audited(action = "audit-log.read", target = "audit-log", targetParam = "", read = true)
    @Operation(operationId = "listAuditLog", summary = "The audit log",
            description = "HR admins. Every read of personal data by staff or API clients and every administrative action, newest "
                    + "first: actor, action, target, the members concerned, time, request id, client address and outcome. "
                    + "Append-only; kept for `ALUMNI_AUDIT_RETENTION`. Reading it is audited too.")
    @APIResponse(responseCode = "200", description = "One page of entries.")
    public Page<AuditEntryView> list(
            @Parameter(description = "Only what this member or API client did.") @QueryParam("actorId") UUID actorId,
            @Parameter(description = "Only what concerned this target (a member id, listing id, employee number, ...).")
            @QueryParam("targetId") @Size(max = 64) String targetId,
            @Parameter(description = "Only this action, such as `registration.approve`.") @QueryParam("action") @Size(max = 64)
            String action,
            @Parameter(description = "From this moment (RFC 3339), inclusive.",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time", maxLength = 35)) @QueryParam("from")
            OffsetDateTime from,
            @Parameter(description = "Until this moment, exclusive.",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time", maxLength = 35)) @QueryParam("to")
            OffsetDateTime to,
            @Valid @BeanParam PageRequest page) {
        return log.list(new AuditLog.Filter(actorId, targetId, action, from, to), page.limit(), page.cursor());
    }

    @GET
    @Path("/export.csv")
    @Produces(Csv.MEDIA_TYPE)
    @Audited(action = "audit-log.export", target = "audit-log", targetParam = "", read = true)
    @Operation(operationId = "exportAuditLog", summary = "The audit log as CSV",
            description = "HR admins. The same lines and filters as the list, newest first, at most 100,000 lines (narrow `from` and "
                    + "`to` for more): UTF-8 with a byte-order mark; cells that would start a formula are defused.")
    @APIResponse(responseCode = "200", description = "The CSV file.",
            content = @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary",
                    maxLength = 100000000, description = "RFC 4180 CSV in UTF-8 with a byte-order mark; a header row, then one row per "
                            + "entry.")))
    public Response export(
            @Parameter(description = "Only what this member or API client did.") @QueryParam("actorId") UUID actorId,
            @Parameter(description = "Only what concerned this target.") @QueryParam("targetId") @Size(max = 64) String targetId,
            @Parameter(description = "Only this action.") @QueryParam("action") @Size(max = 64) String action,
            @Parameter(description = "From this moment (RFC 3339), inclusive.",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time", maxLength = 35)) @QueryParam("from")
            OffsetDateTime from,
            @Parameter(description = "Until this moment, exclusive.",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time", maxLength = 35)) @QueryParam("to")
            OffsetDateTime to) {
        return Response.ok(log.csv(new AuditLog.Filter(actorId, targetId, action, from, to)), Csv.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"audit-log.csv\"").build();
    }
}
