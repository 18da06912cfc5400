package app.alumni.career;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.alumni.career.CareerRequests.ApplicationPatch;
import app.alumni.career.CareerViews.ApplicationView;
import app.alumni.common.Audited;
import app.alumni.common.HttpNames;
import app.alumni.member.Caller;
import app.alumni.member.Role;
import app.alumni.member.Scopes;

@Path("/api/v1/applications/{id}")
@Tag(name = "Careers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ACTIVE_MEMBER)
public class ApplicationResource {

    private final ApplicationService applications;
    private final Caller caller;

    ApplicationResource(ApplicationService applications, Caller caller) {
        this.applications = applications;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Role.Names.ACTIVE_MEMBER, Scopes.APPLICATIONS_READ })
    @Audited(action = "application.read", target = "application", read = true)
    @Operation(operationId = "getApplication", summary = "An application",
            description = "Its applicant (without HR's notes), HR admins, or a collaboration's poster.")
    @APIResponse(responseCode = "200", description = "The application.")
    public ApplicationView get(@Parameter(description = "Application id.") @PathParam("id") UUID id) {
        return applications.get(id, caller);
    }

    @PATCH
    @Consumes({ MediaType.APPLICATION_JSON, HttpNames.MERGE_PATCH_JSON })
    @RolesAllowed({ Role.Names.ACTIVE_MEMBER, Scopes.APPLICATIONS_WRITE })
    @Audited(action = "application.change", target = "application")
    @Operation(operationId = "changeApplication", summary = "Move an application along the pipeline",
            description = "HR admins (and a collaboration's poster for its responses) move SUBMITTED → SCREENING → INTERVIEW → OFFER → "
                    + "HIRED, or to REJECTED from any open state; only HR writes `hrNote`. "
                    + "The applicant may only withdraw (`WITHDRAWN`). Any other move is 409. Every move is kept in the history. With "
                    + "`If-Match` (the version), a stale change is 412.")
    @APIResponse(responseCode = "200", description = "The application after the change.")
    public ApplicationView change(@Parameter(description = "Application id.") @PathParam("id") UUID id,
            @HeaderParam(HttpNames.IF_MATCH) String ifMatch,
            @Valid @NotNull ApplicationPatch patch) {
        return applications.change(id, caller, patch, ifMatch);
    }
}
