package app.alumni.career;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.alumni.career.CareerEnums.ApplicationStatus;
import app.alumni.career.CareerViews.ApplicationView;
import app.alumni.common.AuditTrail;
import app.alumni.common.Audited;
import app.alumni.common.ChangesSince;
import app.alumni.common.Page;
import app.alumni.common.PageRequest;
import app.alumni.member.Caller;
import app.alumni.member.Role;
import app.alumni.member.Scopes;

/** Every application at once, for HR and the applicant-tracking system. */
@Path("/api/v1/applications")
@Tag(name = "Careers")
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationListResource {

    private final ApplicationService applications;
    private final Caller caller;

    private final AuditTrail trail;

    ApplicationListResource(ApplicationService applications, Caller caller, AuditTrail trail) {
        this.trail = trail;
        this.applications = applications;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Role.Names.HR_ADMIN, Scopes.APPLICATIONS_READ })
    @Audited(action = "applications.read", target = "application-list", targetParam = "", read = true)
    @Operation(operationId = "listAllApplications", summary = "Every application",
            description = "HR admins and API clients with `applications:read`. Applications to every listing (or one), with applicant, "
                    + "history and HR's note; oldest first, or with `updatedSince` what changed since, oldest change first.")
    @APIResponse(responseCode = "200", description = "One page of applications.")
    public Page<ApplicationView> list(
            @Parameter(description = "Only applications to this listing.") @QueryParam("listingId") UUID listingId,
            @Parameter(description = "Only this status.") @QueryParam("status") ApplicationStatus status,
            @BeanParam ChangesSince changes,
            @Valid @BeanParam PageRequest page) {
        Page<ApplicationView> found = applications.all(listingId, status, changes, caller, page.limit(), page.cursor());
        trail.subjects(found.items().stream().map(a -> a.applicant() == null ? null : a.applicant().id()).toList());
        return found;
    }
}
