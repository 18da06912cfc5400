package app.alumni.member;

import java.time.YearMonth;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegistrationRequest", description = "What an applicant declares when registering. HR verifies it before the account "
        + "becomes active.")
public record RegistrationRequest(
        @NotBlank @Email @Size(max = 254)
        @Schema(description = "Sign-in address; unique ignoring case.", example = "hanako.yamada@example.jp", format = "email",
                maxLength = 254, required = true)
        String email,
        @NotNull
        @Schema(description = "10 to 64 characters, not the email address, not a commonly used password.", example = "kaze-no-tani-2025",
                format = "password", minLength = 10, maxLength = 64, required = true)
        String password,
        @NotBlank @Size(max = 100)
        @Schema(description = "Full name as at the company.", example = "山田 花子", maxLength = 100, required = true)
        String fullName,
        @NotBlank @Size(max = 50)
        @Schema(description = "Name shown to other members.", example = "花子", maxLength = 50, required = true)
        String displayName,
        @Size(max = 100)
        @Schema(description = "Reading of the name in kana.", example = "ヤマダ ハナコ", maxLength = 100, nullable = true)
        String fullNameKana,
        @NotNull
        @Schema(description = "Former employee or current employee.", example = "ALUMNUS", required = true)
        Affiliation affiliation,
        @Size(max = 32) @Pattern(regexp = "^[A-Za-z0-9-]*$")
        @Schema(description = "Employee number while at the company, if known; helps HR verify.", example = "E012345", maxLength = 32,
                pattern = "^[A-Za-z0-9-]*$", nullable = true)
        String employeeNumber,
        @PastOrPresent
        @Schema(description = "Month of joining (year-month).", example = "2015-04", type = SchemaType.STRING,
                pattern = "^[0-9]{4}-[0-9]{2}$", maxLength = 7, nullable = true)
        YearMonth joinedOn,
        @PastOrPresent
        @Schema(description = "Month of leaving (year-month); required for alumni, absent for employees.", example = "2021-03",
                type = SchemaType.STRING, pattern = "^[0-9]{4}-[0-9]{2}$", maxLength = 7, nullable = true)
        YearMonth leftOn,
        @Size(max = 100)
        @Schema(description = "Last department at the company.", example = "開発本部", maxLength = 100, nullable = true)
        String lastDepartment,
        @NotBlank @Size(max = 32)
        @Schema(description = "Must equal the current version from `GET /api/v1/privacy-policy`.", example = "2025-04-01", maxLength = 32,
                required = true)
        String acceptedPrivacyPolicyVersion,
        @Pattern(regexp = "ja|en")
        @Schema(description = "Language of e-mails and notifications (default `ja`); the verification mail is already in it.",
                enumeration = { "ja", "en" }, example = "ja", maxLength = 2, nullable = true)
        String preferredLanguage,
        @Size(max = 100)
        @Schema(description = "The token of the invitation link the applicant came through, if any. With an HR invitation and the invited "
                + "address, the account is active at once and the address verified; with a member's invitation, the member is "
                + "recorded as `referredBy`.", maxLength = 100, nullable = true, example = "k3J9xQ0vWl2mYb7sT1uE4rA8nC6dF5gH0iJ2kL4mN6o")
        String invitationToken) {
}
