package app.alumni.member;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of address verification and change. */
final class EmailResources {

    private EmailResources() {
    }

    @Schema(name = "EmailVerification", description = "The token of a verification or address-change link.")
    record EmailVerification(
            @NotBlank @Size(max = 100)
            @Schema(description = "The `token` query parameter of the mailed link.", maxLength = 100, required = true,
                    example = "q3Z0o1mYp9xVb2cW8n4kLr7tHs6dFg5jQa1zXe0uIo8") String token) {
    }

    @Schema(name = "EmailChangeRequest")
    record EmailChangeRequest(
            @NotBlank @Email @Size(max = 254)
            @Schema(description = "The new sign-in address; a confirmation link is mailed to it.", format = "email", maxLength = 254,
                    required = true, example = "hanako@example.org") String newEmail,
            @NotBlank @Size(max = 200)
            @Schema(description = "The current password.", format = "password", maxLength = 200, required = true,
                    example = "kaze-no-tani-2025") String password) {
    }
}
