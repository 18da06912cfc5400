package app.alumni.career;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.alumni.career.CareerViews.ApplicationView;
import app.alumni.common.Page;
import app.alumni.common.PageRequest;
import app.alumni.member.Caller;
import app.alumni.member.Role;

/** The caller's own applications. */
@Path("/api/v1/members/me/applications")
@Tag(name = "Careers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ACTIVE_MEMBER)
public class MyApplicationsResource {

    private final ApplicationService applications;
    private final Caller caller;

    MyApplicationsResource(ApplicationService applications, Caller caller) {
        this.applications = applications;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listMyApplications", summary = "My applications",
            description = "Newest first, with status and history, without HR's notes.")
    @APIResponse(responseCode = "200", description = "One page of applications.")
    public Page<ApplicationView> mine(
            @Valid @BeanParam PageRequest page) {
        return applications.mine(caller, page.limit(), page.cursor());
    }
}
