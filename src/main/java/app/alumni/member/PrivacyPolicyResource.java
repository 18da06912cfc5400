package app.alumni.member;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;

import app.alumni.common.CachePolicy;
import app.alumni.common.Messages;
import app.alumni.common.ProblemException;

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

    @Schema(name = "PrivacyPolicyTexts", description = "A version's text in each language (Markdown; render it safely).")
    public record PrivacyPolicyTexts(
            @NotBlank @Size(max = 100000) @Schema(maxLength = 100000, required = true) String ja,
            @NotBlank @Size(max = 100000) @Schema(maxLength = 100000, required = true) String en) {
    }

    @Schema(name = "PrivacyPolicyVersion", description = "A published version of the privacy policy.")
    public record PrivacyPolicyVersionView(
            @Schema(maxLength = 32, required = true, example = "2026-12-01") String version,
            @Schema(format = "date-time", maxLength = 35, required = true) OffsetDateTime effectiveAt,
            @Schema(description = "The version in effect now (members must have accepted it).", required = true) boolean current,
            @Schema(required = true) PrivacyPolicyTexts text) {

        static PrivacyPolicyVersionView of(PrivacyPolicy.Version v, String current) {
            return new PrivacyPolicyVersionView(v.version(), v.effectiveAt(), v.version().equals(current),
                    new PrivacyPolicyTexts(v.textJa(), v.textEn()));
        }
    }

    @Schema(name = "PrivacyPolicyVersionList", description = "Every published version, the latest to take effect first (upcoming ones "
            + "included).")
    public record PrivacyPolicyVersionList(@Schema(maxItems = 1000, required = true) List<PrivacyPolicyVersionView> items) {
    }

    @GET
    @Path("/versions")
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(operationId = "listPrivacyPolicyVersions", summary = "Privacy policy versions",
            description = "Public. Every version with its texts and the moment it takes effect; `current` marks the one in effect.")
    @APIResponse(responseCode = "200", description = "The versions.")
    public PrivacyPolicyVersionList versions() {
        String current = policy.currentVersion();
        return new PrivacyPolicyVersionList(policy.versions().stream().map(v -> PrivacyPolicyVersionView.of(v, current)).toList());
    }

    @GET
    @Path("/versions/{version}")
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(operationId = "getPrivacyPolicyVersion", summary = "A privacy policy version", description = "Public.")
    @APIResponse(responseCode = "200", description = "The version.")
    public PrivacyPolicyVersionView version(@Parameter(description = "The version.", schema = @Schema(type = SchemaType.STRING,
            maxLength = 32)) @PathParam("version") String version) {
        String current = policy.currentVersion();
        return policy.versions().stream().filter(v -> v.version().equals(version)).findFirst()
                .map(v -> PrivacyPolicyVersionView.of(v, current)).orElseThrow(ProblemException::notFound);
    }
}
