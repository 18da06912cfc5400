package app.alumni.auth;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.alumni.common.OpenApiFilter;

/** Request and response bodies of machine clients. */
final class ApiClientViews {

    private ApiClientViews() {
    }

    @Schema(name = "ApiClientInput")
    record ApiClientInput(
            @NotBlank @Size(max = 100)
            @Schema(description = "What the client is, for HR.", maxLength = 100, required = true, example = "採用管理システム（ATS）") String name,
            @NotEmpty @Size(max = 20)
            @Schema(description = "What it may do, of `members:read`, `members:write`, `jobs:read`, `jobs:write`, `applications:read`, "
                    + "`applications:write`, `events:read`, `events:write`, `announcements:write`, `surveys:read`, `feedback:read`, "
                    + "`webhooks:manage`.", required = true, maxItems = 20, uniqueItems = true,
                    example = "[\"applications:read\", \"jobs:write\"]")
            List<@NotBlank @Size(max = 32) String> scopes) {
    }

    @Schema(name = "ApiClient", extensions = @Extension(name = OpenApiFilter.VERSIONED, value = "true"),
            description = "A machine client. Its secret is shown only when it is created or rotated.")
    record ApiClientView(
            @Schema(description = "The client id (`client_id` at the token endpoint).", format = "uuid", maxLength = 36) UUID id,
            @Schema(maxLength = 100, example = "採用管理システム（ATS）") String name,
            @Schema(maxItems = 20, example = "[\"applications:read\", \"jobs:write\"]") List<@Size(max = 32) String> scopes,
            @Schema(format = "date-time", maxLength = 35) OffsetDateTime createdAt,
            @Schema(format = "date-time", maxLength = 35, nullable = true) OffsetDateTime secretRotatedAt,
            @Schema(description = "When HR revoked it; its tokens stop working at once.", format = "date-time", maxLength = 35,
                    nullable = true) OffsetDateTime revokedAt,
            @Schema(description = "Since when HR has suspended it (its tokens are refused until it is resumed).", format = "date-time",
                    maxLength = 35, nullable = true) OffsetDateTime suspendedAt) {

        static ApiClientView of(ApiClient c) {
            return new ApiClientView(c.id, c.name, List.copyOf(c.scopes), c.createdAt, c.secretRotatedAt, c.revokedAt, c.suspendedAt);
        }
    }

    @Schema(name = "ApiClientSettings", description = "What HR may change of a client, as a JSON merge patch: any of these fields.")
    record ApiClientSettings(
            @NotBlank @Size(max = 100)
            @Schema(maxLength = 100, example = "採用管理システム（ATS）") String name,
            @NotEmpty @Size(max = 20)
            @Schema(description = "Replaces its scopes; tokens lose a removed scope at once.", maxItems = 20, uniqueItems = true,
                    example = "[\"applications:read\"]") List<@NotBlank @Size(max = 32) String> scopes,
            @NotNull
            @Schema(description = "`true` suspends it (its tokens are refused, 403 `client-suspended`, and it gets no new ones); "
                    + "`false` resumes it.", example = "true") Boolean suspended) {
    }

    @Schema(name = "ApiClientCredentials", description = "A client with its secret: store the secret now, it is never shown again.")
    record ApiClientCredentials(
            @Schema(description = "The client id (`client_id`).", format = "uuid", maxLength = 36) UUID clientId,
            @Schema(description = "The client secret (`client_secret`).", maxLength = 60,
                    example = "acs_q3Z0o1mYp9xVb2cW8n4kLr7tHs6dFg5jQa1zXe0uIo8")
            String clientSecret,
            ApiClientView client) {
    }
}
