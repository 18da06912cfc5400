package app.alumni.auth;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The bodies of the token endpoint, named as RFC 6749 names them. */
final class ClientTokenDtos {

    private ClientTokenDtos() {
    }

    @Schema(name = "ClientCredentialsRequest", description = "RFC 6749 §4.4.2. Authenticate the client with HTTP Basic "
            + "(`client_id:client_secret`, each form-urlencoded) or with the `client_id` and `client_secret` fields, not both.")
    record ClientCredentialsRequest(
            @JsonProperty("grant_type")
            @Schema(required = true, enumeration = "client_credentials", maxLength = 18, example = "client_credentials") String grantType,
            @Schema(description = "Space-separated scopes, each one the client was granted; all of them when absent.", maxLength = 400,
                    example = "members:read applications:read") String scope,
            @JsonProperty("client_id")
            @Schema(description = "With `client_secret`, when not using HTTP Basic.", maxLength = 36,
                    example = "0b7e4fc7-55a4-4d54-9a7c-7f3c2a0e9a11") String clientId,
            @JsonProperty("client_secret")
            @Schema(format = "password", maxLength = 100, example = "acs_q3Z0o1mYp9xVb2cW8n4kLr7tHs6dFg5jQa1zXe0uIo8")
            String clientSecret) {
    }

    @Schema(name = "ClientTokenResponse", description = "RFC 6749 §5.1.")
    record ClientTokenResponse(
            @JsonProperty("access_token")
            @Schema(description = "Send as `Authorization: Bearer <access_token>`. An RS256 JWT (RFC 9068): `sub` and `client_id` are "
                    + "the client id, `scope` the granted scopes.", maxLength = 4000, example = "eyJraWQiOiJ...") String accessToken,
            @JsonProperty("token_type")
            @Schema(enumeration = "Bearer", maxLength = 6, example = "Bearer") String tokenType,
            @JsonProperty("expires_in")
            @Schema(description = "Seconds until the token expires; revoking the client or rotating its secret ends it sooner.",
                    minimum = "1", maximum = "86400", example = "3600") long expiresIn,
            @Schema(description = "The granted scopes, space-separated.", maxLength = 400, example = "members:read applications:read")
            String scope) {
    }

    @Schema(name = "OAuthError", description = "RFC 6749 §5.2: `invalid_request`, `invalid_client` (401), `unsupported_grant_type`, "
            + "`invalid_scope`, or `slow_down` (429, after too many failed attempts).")
    record OAuthErrorBody(
            @Schema(required = true, maxLength = 30, enumeration = { "invalid_request", "invalid_client", "unsupported_grant_type",
                    "invalid_scope", "slow_down" }, example = "invalid_client") String error,
            @JsonProperty("error_description")
            @Schema(maxLength = 300, example = "Client authentication failed.") String errorDescription) {
    }
}
