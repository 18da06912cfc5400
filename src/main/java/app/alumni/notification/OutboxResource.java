package app.alumni.notification;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.alumni.common.Audited;
import app.alumni.common.Page;
import app.alumni.common.PageRequest;
import app.alumni.member.Role;

@Path("/api/v1/admin/outbox")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.HR_ADMIN)
public class OutboxResource {

    private final OutboxService outbox;

    OutboxResource(OutboxService outbox) {
        this.outbox = outbox;
    }

    @GET
    @Audited(action = "outbox.read", target = "outbox", targetParam = "", read = true)
    @Operation(operationId = "listOutbox", summary = "Mails in the outbox",
            description = "HR admins. Mails in one status (default `FAILED`: given up after every retry), newest first. Shows to whom "
                    + "and how delivery went, never the content.")
    @APIResponse(responseCode = "200", description = "One page of outbox messages.")
    public Page<OutboxView> list(
            @Parameter(description = "Status to list.") @QueryParam("status") @DefaultValue("FAILED") OutboxMessage.Status status,
            @Valid @BeanParam PageRequest page) {
        return outbox.list(status, page.limit(), page.cursor());
    }

    @POST
    @Path("/{id}/retry")
    @Audited(action = "outbox.retry", target = "mail")
    @Operation(operationId = "retryOutboxMessage", summary = "Send a failed mail again",
            description = "HR admins, after fixing what made it fail. A `FAILED` mail becomes `PENDING` with a fresh retry schedule "
                    + "and is sent at once; any other status is 409.")
    @APIResponse(responseCode = "200", description = "The message, pending again.")
    public OutboxView retry(@Parameter(description = "Outbox message id.") @PathParam("id") UUID id) {
        return outbox.retry(id);
    }
}
