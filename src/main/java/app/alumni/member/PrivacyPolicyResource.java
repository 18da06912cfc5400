package app.alumni.member;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;

import app.alumni.common.CachePolicy;
import app.alumni.common.Messages;

@Path("/api/v1/privacy-policy")
@Tag(name = "Privacy")
@PermitAll
public class PrivacyPolicyResource {

    private final PrivacyPolicy policy;

    PrivacyPolicyResource(PrivacyPolicy policy) {
        this.policy = policy;
    }

    @Schema(name = "PrivacyPolicy", description = "The current privacy policy. Registration must name its version.")
    public record PrivacyPolicyView(
            @Schema(description = "Version to send as `acceptedPrivacyPolicyVersion` when registering.", example = "2025-04-01",
                    maxLength = 32) String version,
            @Schema(description = "Language of `text`.", example = "ja", enumeration = { "ja", "en" }, maxLength = 2) String language,
            @Schema(description = "The policy as Markdown text; render it safely (no raw HTML).", maxLength = 100000) String text) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(operationId = "getPrivacyPolicy", summary = "Current privacy policy",
            description = "Public. The text is in Japanese or English by `Accept-Language` (English otherwise).")
    @APIResponse(responseCode = "200", description = "The current policy; cacheable for an hour.")
    public RestResponse<PrivacyPolicyView> get(HttpHeaders headers) {
        var locale = Messages.pick(headers.getAcceptableLanguages());
        return ResponseBuilder.ok(new PrivacyPolicyView(policy.currentVersion(), locale.getLanguage(), policy.text(locale)))
                .header(HttpHeaders.CACHE_CONTROL, CachePolicy.PUBLIC_HOUR)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }
}
