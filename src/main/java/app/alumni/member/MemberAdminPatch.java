package app.alumni.member;

import java.util.Set;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MemberAdminPatch", description = "HR's change of a member's roles and/or status. Give either or both.")
public record MemberAdminPatch(
        @Size(min = 1, max = 4)
        @Schema(description = "The member's complete new set of roles.", minItems = 1, maxItems = 4, uniqueItems = true,
                example = "[\"ALUMNUS\", \"MODERATOR\"]", nullable = true)
        Set<Role> roles,
        @Schema(description = "`SUSPENDED` to suspend an active member (their tokens stop working at once), `ACTIVE` to reactivate.",
                enumeration = { "ACTIVE", "SUSPENDED" }, example = "SUSPENDED", nullable = true)
        MemberStatus status) {
}
