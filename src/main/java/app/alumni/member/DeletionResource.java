package app.alumni.member;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.alumni.common.AuditTrail;
import app.alumni.common.Audited;

@Path("/api/v1/members/me/deletion")
@Tag(name = "Privacy")
@RolesAllowed(Role.Names.ACCOUNT_HOLDER)
public class DeletionResource {

    private final Erasures erasures;
    private final Caller caller;
    private final AuditTrail trail;

    DeletionResource(Erasures erasures, Caller caller, AuditTrail trail) {
        this.erasures = erasures;
        this.caller = caller;
        this.trail = trail;
    }

    @Schema(name = "DeletionRequest", description = "My password, to confirm it is me, and what becomes of my posts and comments.")
    public record DeletionRequest(
            @NotNull @Size(max = 200)
            @Schema(format = "password", maxLength = 200, required = true, example = "kaze-no-tani-2025") String password,
            @NotNull @Schema(required = true) ErasedContent content) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Audited(action = "account.erase", target = "member", targetParam = "")
    @Operation(operationId = "deleteMyAccount", summary = "Delete my account",
            description = "Any signed-in member (also before accepting a new privacy policy). Confirmed with the password (400 when "
                    + "it is wrong). Every session ends at once and personal data is erased: profile, e-mail address (it can register "
                    + "again), career and re-hire data, preferences, notifications, tokens. What others wrote stays. My posts and "
                    + "comments stay, shown as by a former member (`KEEP_ANONYMOUS`), or are removed (`DELETE`); my reactions are "
                    + "removed. Applications, event answers and survey answers stay for HR's figures without a link to me; HR's roster "
                    + "entry stays, unlinked. The last active HR admin cannot leave (409).")
    @APIResponse(responseCode = "204", description = "Erased; the token used no longer works.")
    public void delete(@Valid @NotNull DeletionRequest request) {
        trail.target(caller.id());
        erasures.eraseOwn(caller.id(), request.password(), request.content());
    }
}
