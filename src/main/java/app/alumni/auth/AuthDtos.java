package app.alumni.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of sign-in. */
final class AuthDtos {

    private AuthDtos() {
    }

    @Schema(name = "LoginRequest")
    record LoginRequest(
            @NotBlank @Size(max = 254)
            @Schema(format = "email", example = "hanako.yamada@example.jp", maxLength = 254, required = true) String email,
            @NotBlank @Size(max = 200)
            @Schema(format = "password", example = "kaze-no-tani-2025", maxLength = 200, required = true) String password) {
    }

    @Schema(name = "TokenResponse", description = "An access token (RS256 JWT) and a refresh token.")
    record TokenResponse(
            @Schema(description = "Send as `Authorization: Bearer <accessToken>`. Claims: `sub` (member id), `groups` (roles), `iss`, "
                    + "`aud`, `exp`, `iat`, `jti`.", maxLength = 4000, example = "eyJraWQiOiJ...") String accessToken,
            @Schema(description = "Opaque; single use. Exchange it at `/api/v1/auth/refresh` before it expires (30 days).",
                    maxLength = 100, example = "q3Z0o1mYp9...") String refreshToken,
            @Schema(description = "Seconds until the access token expires.", example = "900", minimum = "1",
                    maximum = "86400") long expiresIn,
            @Schema(example = "Bearer", enumeration = { "Bearer" }, maxLength = 6) String tokenType) {
    }

    @Schema(name = "RefreshRequest")
    record RefreshRequest(
            @NotBlank @Size(max = 100)
            @Schema(example = "q3Z0o1mYp9...", maxLength = 100, required = true) String refreshToken) {
    }

    @Schema(name = "PasswordChange")
    record PasswordChange(
            @NotNull @Size(max = 200)
            @Schema(format = "password", maxLength = 200, required = true, example = "kaze-no-tani-2025") String currentPassword,
            @NotNull
            @Schema(format = "password", description = "Same rules as at registration.", minLength = 10, maxLength = 64, required = true,
                    example = "hoshi-no-umi-2026") String newPassword) {
    }

    @Schema(name = "PasswordResetRequest")
    record PasswordResetRequest(
            @NotBlank @Size(max = 254)
            @Schema(description = "The account's sign-in address.", format = "email", example = "hanako.yamada@example.jp", maxLength = 254,
                    required = true) String email) {
    }

    @Schema(name = "PasswordResetConfirmation")
    record PasswordResetConfirmation(
            @NotBlank @Size(max = 100)
            @Schema(description = "The `token` query parameter of the mailed link.", maxLength = 100, required = true,
                    example = "q3Z0o1mYp9xVb2cW8n4kLr7tHs6dFg5jQa1zXe0uIo8") String token,
            @NotNull
            @Schema(format = "password", description = "Same rules as at registration.", minLength = 10, maxLength = 64, required = true,
                    example = "hoshi-no-umi-2026") String newPassword) {
    }
}
