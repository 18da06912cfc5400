package app.alumni.member;

import java.time.OffsetDateTime;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import app.alumni.common.AuditTrail;
import app.alumni.common.Audited;
import app.alumni.common.Responses;
import app.alumni.member.PrivacyPolicyResource.PrivacyPolicyTexts;
import app.alumni.member.PrivacyPolicyResource.PrivacyPolicyVersionView;

@Path("/api/v1/admin/privacy-policy/versions")
@Tag(name = "Privacy")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.HR_ADMIN)
public class PrivacyPolicyAdminResource {

    private final PrivacyPolicy policy;
    private final Caller caller;
    private final AuditTrail trail;

    PrivacyPolicyAdminResource(PrivacyPolicy policy, Caller caller, AuditTrail trail) {
        this.policy = policy;
        this.caller = caller;
        this.trail = trail;
    }

    @Schema(name = "PrivacyPolicyVersionInput", description = "A new version of the privacy policy.")
    public record PrivacyPolicyVersionInput(
            @NotNull @Pattern(regexp = "^[A-Za-z0-9._-]{1,32}$") @Schema(pattern = "^[A-Za-z0-9._-]{1,32}$", maxLength = 32,
                    required = true, example = "2026-12-01") String version,
            @NotNull @Schema(format = "date-time", maxLength = 35, required = true,
                    description = "When it takes effect: now or later, never when another version does.") OffsetDateTime effectiveAt,
            @NotNull @Valid @Schema(required = true) PrivacyPolicyTexts text) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Audited(action = "privacy-policy.publish", target = "privacy-policy", targetParam = "")
    @Operation(operationId = "publishPrivacyPolicyVersion", summary = "Publish a privacy policy version",
            description = "HR admins. From `effectiveAt` on it is the current version: members who have not accepted it get 403 "
                    + "`consent-required` on the community's endpoints until they accept it (`POST /api/v1/members/me/consents`), "
                    + "and registrations must name it. Published versions never change; 409 for a version that exists or takes "
                    + "effect at the same moment as another.")
    @APIResponseSchema(value = PrivacyPolicyVersionView.class, responseCode = "201", responseDescription = "Published.")
    public RestResponse<PrivacyPolicyVersionView> publish(@Valid @NotNull PrivacyPolicyVersionInput input) {
        PrivacyPolicy.Version v = policy.publish(input.version(), input.effectiveAt(), input.text().ja(), input.text().en(), caller.id());
        trail.target(v.version());
        return Responses.created("/api/v1/privacy-policy/versions/" + v.version(), PrivacyPolicyVersionView.of(v, policy.currentVersion()));
    }
}
