package app.alumni.member;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import app.alumni.common.Responses;
import app.alumni.member.Consents.Consent;

@Path("/api/v1/members/me/consents")
@Tag(name = "Privacy")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ACCOUNT_HOLDER)
public class ConsentResource {

    private final Consents consents;
    private final Caller caller;

    ConsentResource(Consents consents, Caller caller) {
        this.consents = consents;
        this.caller = caller;
    }

    @Schema(name = "ConsentInput", description = "The version of the privacy policy the member accepts: the current one.")
    public record ConsentInput(
            @NotBlank @Size(max = 32) @Schema(maxLength = 32, required = true, example = "2026-12-01") String policyVersion) {
    }

    @Schema(name = "ConsentList", description = "The versions the member accepted, newest first.")
    public record ConsentList(@Schema(maxItems = 1000, required = true) List<Consent> items) {
    }

    @GET
    @Operation(operationId = "listMyConsents", summary = "My consents",
            description = "Any signed-in member. Every version of the privacy policy I accepted (at registration and since), and when.")
    @APIResponse(responseCode = "200", description = "The consents, newest first.")
    public ConsentList list() {
        return new ConsentList(consents.of(caller.id()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "acceptPrivacyPolicy", summary = "Accept the current privacy policy",
            description = "Any signed-in member. When a new version takes effect, members who have not accepted it get 403 "
                    + "`consent-required` on the community's endpoints (their own profile, consents, access log and account keep "
                    + "working) until they accept it here. Only the current version can be accepted (400 otherwise, naming it); "
                    + "accepting it again answers 200 with the first acceptance.")
    @APIResponseSchema(value = Consent.class, responseCode = "201", responseDescription = "Accepted.")
    @APIResponse(responseCode = "200", description = "Accepted already.",
            content = @Content(schema = @Schema(implementation = Consent.class)))
    public RestResponse<Consent> accept(@Valid @NotNull ConsentInput input) {
        Consents.Accepted accepted = consents.accept(caller.id(), input.policyVersion());
        return accepted.fresh() ? Responses.created("/api/v1/members/me/consents", accepted.consent())
                : RestResponse.ok(accepted.consent());
    }
}
