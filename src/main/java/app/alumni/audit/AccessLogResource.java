package app.alumni.audit;

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

import app.alumni.audit.AuditViews.AccessLogEntry;
import app.alumni.common.Page;
import app.alumni.common.PageRequest;
import app.alumni.member.Caller;
import app.alumni.member.Role;

@Path("/api/v1/members/me/access-log")
@Tag(name = "Privacy")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ACCOUNT_HOLDER)
public class AccessLogResource {

    private final AuditLog log;
    private final Caller caller;

    AccessLogResource(AuditLog log, Caller caller) {
        this.log = log;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getMyAccessLog", summary = "Who read my personal data",
            description = "Any signed-in member, pending ones included. When HR staff, moderators or HR's systems read my personal "
                    + "data (my profile as HR sees it, the registration queue, the talent pool, applicant and attendee lists, "
                    + "survey responses, the roster, ...): by role or system name, when, and what. Newest first.")
    @APIResponse(responseCode = "200", description = "One page of reads.")
    public Page<AccessLogEntry> list(@Valid @BeanParam PageRequest page) {
        return log.accessLog(caller.id(), page.limit(), page.cursor());
    }
}
