package app.alumni.roster;

import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import app.alumni.common.AuditTrail;
import app.alumni.common.Audited;
import app.alumni.common.BodyLimit;
import app.alumni.common.Csv;
import app.alumni.common.Messages;
import app.alumni.common.Page;
import app.alumni.common.PageRequest;
import app.alumni.common.Responses;
import app.alumni.member.Role;
import app.alumni.member.Scopes;
import app.alumni.roster.RosterViews.RosterEntryInput;
import app.alumni.roster.RosterViews.RosterEntryView;
import app.alumni.roster.RosterViews.RosterImportRecord;
import app.alumni.roster.RosterViews.RosterImportReport;
import app.alumni.roster.RosterViews.RosterState;

@Path("/api/v1/admin/roster")
@Tag(name = "Roster")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.Names.HR_ADMIN, Scopes.ROSTER_WRITE })
public class RosterResource {

    private static final String CSV_EXAMPLE = "社員番号,氏名,氏名カナ,メールアドレス,入社年月,退職年月,最終所属,案内希望,再入社希望\r\n"
            + "E012345,山田 花子,ヤマダ ハナコ,hanako.yamada@example.jp,2015/04/01,2021/03/31,開発本部,はい,いいえ\r\n";

    private final RosterService roster;
    private final RosterImporter importer;

    private final AuditTrail trail;

    RosterResource(RosterService roster, RosterImporter importer, AuditTrail trail) {
        this.trail = trail;
        this.roster = roster;
        this.importer = importer;
    }

    @POST
    @Path("/imports")
    @Consumes({ Csv.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @BodyLimit(kib = BodyLimit.BULK_KIB, utf8 = false)
    @Audited(action = "roster.import", target = "roster", targetParam = "")
    @Operation(operationId = "importRoster", summary = "Import the roster",
            description = "HR admins; `roster:write`. Upserts entries by employee number from `text/csv` (a header row in English or "
                    + "Japanese: `employee_number`/社員番号, `full_name`/氏名, `full_name_kana`/氏名カナ, `email`/メールアドレス, "
                    + "`joined_on`/入社年月, `left_on`/退職年月, `last_department`/最終所属, `contact_opt_in`/案内希望, "
                    + "`rehire_interest`/再入社希望; UTF-8 with or without BOM, or Shift_JIS, by `charset` or detected) or a JSON array. "
                    + "Months as `YYYY-MM`, `YYYY-MM-DD` or `YYYY/MM/DD`; flags as true/false, 1/0 or はい/いいえ. Employee number and "
                    + "name are required; a column the file lacks leaves that value of existing entries as it is. At most 100,000 rows "
                    + "and 32 MiB. A file with errors changes nothing unless `partial=true` (then its valid rows are imported); a dry "
                    + "run changes nothing. Importing the same file again reports every row `unchanged`.")
    @RequestBody(required = true, content = {
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, maxLength = 33554432),
                    examples = @ExampleObject(name = "japanese-headers", value = CSV_EXAMPLE)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, maxItems = 100000,
                    implementation = RosterImportRecord.class)) })
    @APIResponseSchema(value = RosterImportReport.class, responseCode = "200",
            responseDescription = "What the import did (`applied`), or would do; the problems by line.")
    public RosterImportReport importRoster(
            @Parameter(description = "Only report what the import would do.") @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @Parameter(description = "Import the valid rows of a file that has errors.") @QueryParam("partial") @DefaultValue("false")
            boolean partial,
            @Context HttpHeaders headers, byte[] body) {
        Locale locale = Messages.pick(headers.getAcceptableLanguages());
        return importer.run(body, headers.getMediaType(), dryRun, partial, locale);
    }

    @GET
    @Audited(action = "roster.read", target = "roster", targetParam = "", read = true)
    @Operation(operationId = "listRoster", summary = "The roster",
            description = "HR admins; `roster:write`. In employee-number order, with each person's `state` and member. `q` finds "
                    + "entries by a part of the name, reading, employee number, address or department (Japanese folded as in the "
                    + "directory).")
    @APIResponse(responseCode = "200", description = "One page of entries.")
    public Page<RosterEntryView> list(
            @Parameter(description = "Words that must all appear (at most 5).") @QueryParam("q") @Size(max = 200) String q,
            @Parameter(description = "Only entries in this state.") @QueryParam("state") RosterState state,
            @Parameter(description = "Only those who left in this year.") @QueryParam("leftYear") @Min(1900) @Max(9999) Integer leftYear,
            @Parameter(description = "Only those who did (true) or did not (false) agree to be contacted.") @QueryParam("contactOptIn")
            Boolean contactOptIn,
            @Valid @BeanParam PageRequest page) {
        Page<RosterEntryView> found = roster.list(new RosterService.Filter(q, state, leftYear, contactOptIn), page.limit(), page.cursor());
        trail.subjects(found.items().stream().map(RosterEntryView::memberId).toList());
        return found;
    }

    @GET
    @Path("/{employeeNumber}")
    @Audited(action = "roster-entry.read", target = "roster-entry", targetParam = "employeeNumber", read = true)
    @Operation(operationId = "getRosterEntry", summary = "A roster entry", description = "HR admins; `roster:write`.")
    @APIResponse(responseCode = "200", description = "The entry, with its `ETag`.")
    public RestResponse<RosterEntryView> get(
            @Parameter(description = "Employee number.", schema = @Schema(type = SchemaType.STRING, maxLength = 32))
            @PathParam("employeeNumber") String employeeNumber) {
        RosterService.Versioned e = roster.get(employeeNumber);
        return Responses.ok(e.view(), e.version());
    }

    @PUT
    @Path("/{employeeNumber}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Audited(action = "roster-entry.write", target = "roster-entry", targetParam = "employeeNumber")
    @Operation(operationId = "putRosterEntry", summary = "Write a roster entry",
            description = "HR admins; `roster:write`. Creates the entry (201) or replaces it (200; `If-Match` guards against "
                    + "overwriting a change made since you read it).")
    @APIResponseSchema(value = RosterEntryView.class, responseCode = "200", responseDescription = "Replaced.")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = RosterEntryView.class)))
    public RestResponse<RosterEntryView> put(
            @Parameter(description = "Employee number.", schema = @Schema(type = SchemaType.STRING, maxLength = 32))
            @PathParam("employeeNumber") String employeeNumber,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull RosterEntryInput input) {
        RosterService.Written w = roster.put(employeeNumber, input, ifMatch);
        return w.created() ? Responses.created("/api/v1/admin/roster/" + w.view().employeeNumber(), w.view(), w.version())
                : Responses.ok(w.view(), w.version());
    }

    @DELETE
    @Path("/{employeeNumber}")
    @Audited(action = "roster-entry.delete", target = "roster-entry", targetParam = "employeeNumber")
    @Operation(operationId = "deleteRosterEntry", summary = "Remove a roster entry",
            description = "HR admins; `roster:write`. The member it was linked to stays a member.")
    @APIResponse(responseCode = "204", description = "Removed.")
    public void delete(@Parameter(description = "Employee number.", schema = @Schema(type = SchemaType.STRING, maxLength = 32))
            @PathParam("employeeNumber") String employeeNumber,
            @HeaderParam("If-Match") String ifMatch) {
        roster.delete(employeeNumber, ifMatch);
    }
}
