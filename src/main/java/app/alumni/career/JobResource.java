package app.alumni.career;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.JsonNode;

import app.alumni.career.CareerEnums.EmploymentType;
import app.alumni.career.CareerEnums.Kind;
import app.alumni.career.CareerEnums.WorkStyle;
import app.alumni.career.CareerRequests.ListingInput;
import app.alumni.career.CareerRequests.NewApplication;
import app.alumni.career.CareerViews.ApplicationView;
import app.alumni.career.CareerViews.ListingView;
import app.alumni.common.AuditTrail;
import app.alumni.common.Audited;
import app.alumni.common.BodyLimit;
import app.alumni.common.ChangesSince;
import app.alumni.common.Csv;
import app.alumni.common.HttpNames;
import app.alumni.common.Page;
import app.alumni.common.PageRequest;
import app.alumni.common.Responses;
import app.alumni.member.Caller;
import app.alumni.member.Role;
import app.alumni.member.Scopes;

@BodyLimit(kib = BodyLimit.LONG_TEXT_KIB)
@Path("/api/v1/jobs")
@Tag(name = "Careers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ACTIVE_MEMBER)
public class JobResource {

    static final String CSV = Csv.MEDIA_TYPE;

    private final ListingService listings;
    private final ApplicationService applications;
    private final Caller caller;

    private final AuditTrail trail;

    JobResource(ListingService listings, ApplicationService applications, Caller caller, AuditTrail trail) {
        this.trail = trail;
        this.listings = listings;
        this.applications = applications;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.Names.ACTIVE_MEMBER, Scopes.JOBS_WRITE })
    @Operation(operationId = "createListing", summary = "Post a job or a collaboration",
            description = "`JOB`: HR admins only. `COLLABORATION`: any active member (a business partner wanted, with the poster's "
                    + "company and contact preference). Status `DRAFT` or `OPEN` (default).")
    @APIResponseSchema(value = ListingView.class, responseCode = "201", responseDescription = "Created.")
    public RestResponse<ListingView> create(@Valid @NotNull ListingInput input) {
        JobListing l = listings.create(caller, input);
        return Responses.created("/api/v1/jobs/" + l.id, listings.view(l, caller), l.version);
    }

    @GET
    @RolesAllowed({ Role.Names.ACTIVE_MEMBER, Scopes.JOBS_READ })
    @Operation(operationId = "listListings", summary = "Jobs and collaborations",
            description = "Newest first, keyset-paginated, with the caller's own application on each item. Members see open listings "
                    + "only (a listing closes by itself at `closesAt`); HR admins see every listing. `q` finds words of title, "
                    + "description, department, location, company and skills, Japanese included. With `updatedSince` (HR admins and "
                    + "API clients with `jobs:read`; with `kind` at most): every listing that changed since, oldest change first.")
    @APIResponse(responseCode = "200", description = "One page of listings.")
    public Page<ListingView> list(
            @Parameter(description = "Only this kind.") @QueryParam("kind") Kind kind,
            @Parameter(description = "Words to find.", example = "エンジニア") @QueryParam("q") @Size(max = 100) String q,
            @Parameter(description = "A skill the listing asks for.", example = "Java") @QueryParam("skill") @Size(max = 50) String skill,
            @Parameter(description = "Only this work style.") @QueryParam("workStyle") WorkStyle workStyle,
            @Parameter(description = "Only this employment type.") @QueryParam("employmentType") EmploymentType employmentType,
            @BeanParam ChangesSince changes,
            @Valid @BeanParam PageRequest page) {
        if (changes.requested()) {
            ChangesSince.only(caller.may(Scopes.JOBS_READ), q, skill, workStyle, employmentType);
            return listings.changes(kind, changes, page.limit(), page.cursor(), caller);
        }
        return listings.list(kind, q, skill, workStyle, employmentType, page.limit(), page.cursor(), caller);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Role.Names.ACTIVE_MEMBER, Scopes.JOBS_READ })
    @Operation(operationId = "getListing", summary = "A listing", description = "Open listings for members; drafts and closed ones for "
            + "HR and the poster.")
    @APIResponse(responseCode = "200", description = "The listing.")
    public RestResponse<ListingView> get(@Parameter(description = "Listing id.") @PathParam("id") UUID id) {
        JobListing l = listings.visible(id, caller);
        return Responses.ok(listings.view(l, caller), l.version);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ HttpNames.MERGE_PATCH_JSON, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Role.Names.ACTIVE_MEMBER, Scopes.JOBS_WRITE })
    @Operation(operationId = "patchListing", summary = "Edit a listing",
            description = "Jobs: HR admins; collaborations: their poster or HR. JSON merge patch with `If-Match` (412 when stale). "
                    + "Status moves DRAFT → OPEN → CLOSED only.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ListingInput.class)))
    @APIResponse(responseCode = "200", description = "The edited listing.")
    public RestResponse<ListingView> patch(@Parameter(description = "Listing id.") @PathParam("id") UUID id,
            @HeaderParam(HttpNames.IF_MATCH) String ifMatch,
            JsonNode patch) {
        JobListing l = listings.edit(id, caller, patch, ifMatch);
        return Responses.ok(listings.view(l, caller), l.version);
    }

    @POST
    @Path("/{id}/applications")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "applyToListing", summary = "Apply (or respond to a collaboration)",
            description = "Any active member, to an open listing, with consent to share their profile for it. A second application to "
                    + "the same listing is 409, also under concurrent submits.")
    @APIResponseSchema(value = ApplicationView.class, responseCode = "201", responseDescription = "Applied.")
    @APIResponse(responseCode = "409", description = "Already applied, the listing is closed, or it is the caller's own listing.")
    public RestResponse<ApplicationView> apply(@Parameter(description = "Listing id.") @PathParam("id") UUID id,
            @Valid @NotNull NewApplication request) {
        ApplicationView a = applications.apply(id, caller, request);
        return Responses.created("/api/v1/applications/" + a.id(), a);
    }

    @GET
    @Path("/{id}/applications")
    @RolesAllowed({ Role.Names.ACTIVE_MEMBER, Scopes.APPLICATIONS_READ })
    @Audited(action = "applications.read", target = "listing", read = true)
    @Operation(operationId = "listApplications", summary = "Applications to a listing",
            description = "HR admins; for a collaboration, also its poster. Oldest first, with the applicant's shared profile and the "
                    + "history. HR's notes only for HR.")
    @APIResponse(responseCode = "200", description = "One page of applications.")
    public Page<ApplicationView> applications(@Parameter(description = "Listing id.") @PathParam("id") UUID id,
            @Valid @BeanParam PageRequest page) {
        Page<ApplicationView> found = applications.forListing(id, caller, page.limit(), page.cursor());
        trail.subjects(found.items().stream().map(a -> a.applicant() == null ? null : a.applicant().id()).toList());
        return found;
    }

    @GET
    @Path("/{id}/applications/export.csv")
    @Produces(CSV)
    @RolesAllowed({ Role.Names.ACTIVE_MEMBER, Scopes.APPLICATIONS_READ })
    @Audited(action = "applications.export", target = "listing", read = true)
    @Operation(operationId = "exportApplications", summary = "Applications to a listing as CSV",
            description = "The same people as the JSON list, every application in one file (up to 10,000): UTF-8 with a byte-order mark "
                    + "so spreadsheet software opens Japanese correctly; cells that would start a formula are defused.")
    @APIResponse(responseCode = "200", description = "The CSV file.",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 50000000,
                    description = "RFC 4180 CSV in UTF-8 with a byte-order mark; a header row, then one row per application.")))
    public Response export(@Parameter(description = "Listing id.") @PathParam("id") UUID id) {
        return Response.ok(applications.csv(id, caller), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"applications-" + id + ".csv\"")
                .build();
    }
}
