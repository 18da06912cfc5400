package app.alumni.stats;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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

import app.alumni.common.Csv;
import app.alumni.member.Role;
import app.alumni.member.Scopes;
import app.alumni.stats.StatsViews.Cohorts;
import app.alumni.stats.StatsViews.Grouping;
import app.alumni.stats.StatsViews.Overview;

@Path("/api/v1/admin/stats")
@Tag(name = "Administration")
@Produces({ MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE })
@RolesAllowed({ Role.Names.HR_ADMIN, Scopes.STATS_READ })
public class StatsResource {

    private static final MediaType CSV = MediaType.valueOf(Csv.MEDIA_TYPE);

    private final StatsService stats;

    StatsResource(StatsService stats) {
        this.stats = stats;
    }

    @GET
    @Path("/overview")
    @Operation(operationId = "getStatsOverview", summary = "HR's figures",
            description = "HR admins and API clients with `stats:read`. Counts over the period (`from` inclusive, `to` exclusive, days "
                    + "in the organisation's time zone; by default the 12 months to the end of this month; at most 10 years): members "
                    + "by status and affiliation; registrations, approvals and the median time to approve, active members, posts, "
                    + "comments and reactions per month; event answers and check-ins; applications by status and hires by year with "
                    + "boomerangs; referrals and invitations; survey response rates; roster coverage by leaving year. Never a "
                    + "person. `Accept: text/csv` answers one row per figure.")
    @APIResponse(responseCode = "200", description = "The figures.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Overview.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 10000000,
                    description = "RFC 4180 CSV in UTF-8 with a byte-order mark: section, measure, key, value.")) })
    public Response overview(
            @Parameter(description = "First day of the period.", schema = @Schema(type = SchemaType.STRING, format = "date",
                    maxLength = 10)) @QueryParam("from") LocalDate from,
            @Parameter(description = "Day after the period.", schema = @Schema(type = SchemaType.STRING, format = "date",
                    maxLength = 10)) @QueryParam("to") LocalDate to,
            @Context HttpHeaders headers) {
        Overview overview = stats.overview(stats.window(from, to));
        return wantsCsv(headers) ? csv(StatsService.csv(overview), "stats-overview.csv") : Response.ok(overview,
                MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/cohorts")
    @Operation(operationId = "getStatsCohorts", summary = "HR's figures by cohort",
            description = "HR admins and API clients with `stats:read`. The measures per group of active members over the period: "
                    + "by leaving year, last department or affiliation. A group of fewer than 5 members is `suppressed: true` with "
                    + "its figures null. `Accept: text/csv` answers one row per group.")
    @APIResponse(responseCode = "200", description = "The groups.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Cohorts.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 10000000,
                    description = "RFC 4180 CSV in UTF-8 with a byte-order mark: the group, `suppressed`, then one column per "
                            + "measure.")) })
    public Response cohorts(
            @Parameter(description = "How to group members.", required = true, schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "leftYear", "lastDepartment", "affiliation" }, maxLength = 14)) @QueryParam("by") @NotNull
            @Pattern(regexp = Grouping.KEYS) String by,
            @Parameter(description = "First day of the period.", schema = @Schema(type = SchemaType.STRING, format = "date",
                    maxLength = 10)) @QueryParam("from") LocalDate from,
            @Parameter(description = "Day after the period.", schema = @Schema(type = SchemaType.STRING, format = "date",
                    maxLength = 10)) @QueryParam("to") LocalDate to,
            @Context HttpHeaders headers) {
        Cohorts cohorts = stats.cohorts(stats.window(from, to), Grouping.of(by));
        return wantsCsv(headers) ? csv(StatsService.csv(cohorts), "stats-cohorts-" + by + ".csv") : Response.ok(cohorts,
                MediaType.APPLICATION_JSON).build();
    }

    /** CSV when the caller's most preferred acceptable type is CSV rather than JSON. */
    private static boolean wantsCsv(HttpHeaders headers) {
        for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
            if (acceptable.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !acceptable.isWildcardType()) {
                return false;
            }
            if (acceptable.isCompatible(CSV) && !acceptable.isWildcardType()) {
                return true;
            }
        }
        return false;
    }

    private static Response csv(byte[] body, String filename) {
        return Response.ok(body, Csv.MEDIA_TYPE + "; charset=UTF-8").header("Content-Disposition", "attachment; filename=\"" + filename
                + "\"").build();
    }
}
