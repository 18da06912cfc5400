package app.alumni.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.alumni.common.ProblemException;

@Path("/api/v1/unsubscribe/{linkId}")
@Tag(name = "Notifications")
@PermitAll
@SecurityRequirements
public class UnsubscribeResource {

    static final String ONE_CLICK = "One-Click";

    private final Unsubscribes unsubscribes;

    UnsubscribeResource(Unsubscribes unsubscribes) {
        this.unsubscribes = unsubscribes;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "unsubscribe", summary = "One-click unsubscribe (RFC 8058)",
            description = "Public: the URL of a mail's `List-Unsubscribe` header is the proof, and the mail client posts "
                    + "`List-Unsubscribe=One-Click` to it. Turns that kind of mail (one notification type, or the digest) off for its "
                    + "member; again is harmless. An unknown link is 404.")
    @APIResponse(responseCode = "204", description = "That kind of mail is off.")
    public void unsubscribe(
            @Parameter(description = "The link's unguessable id (from the mail's `List-Unsubscribe` header).") @PathParam("linkId")
            @Size(max = 100) String linkId,
            @FormParam("List-Unsubscribe") @Size(max = 20) String oneClick) {
        if (!ONE_CLICK.equals(oneClick)) {
            throw ProblemException.invalid("List-Unsubscribe", "validation.one-click");
        }
        unsubscribes.unsubscribe(linkId);
    }
}
