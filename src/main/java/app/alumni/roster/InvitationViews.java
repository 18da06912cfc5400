package app.alumni.roster;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.alumni.member.Actor;
import app.alumni.member.Invitation;

/** The bodies of the invitation endpoints. */
final class InvitationViews {

    private InvitationViews() {
    }

    @Schema(name = "InvitationKind",
            description = "`HR`: HR invited a person on the roster; `MEMBER`: a member invited a former colleague.")
    enum InvitationKind {
        HR,
        MEMBER
    }

    @Schema(name = "InvitationStatus", description = "`SENT` (the link works), `ACCEPTED` (someone registered through it), `EXPIRED` "
            + "(30 days passed) or `REVOKED`.")
    enum InvitationStatus {
        SENT,
        ACCEPTED,
        EXPIRED,
        REVOKED
    }

    @Schema(name = "Invitation", description = "An invitation to join, as its sender sees it.")
    record InvitationView(
            @Schema(format = "uuid", maxLength = 36, required = true) UUID id,
            @Schema(required = true) InvitationKind kind,
            @Schema(required = true) InvitationStatus status,
            @Schema(format = "email", maxLength = 254, example = "ichiro.sato@example.jp", required = true) String email,
            @Schema(maxLength = 100, example = "佐藤 一郎", nullable = true) String name,
            @Schema(maxLength = 1000, nullable = true) String message,
            @Schema(description = "The roster entry invited (HR invitations).", maxLength = 32, example = "E012345", nullable = true)
            String employeeNumber,
            @Schema(description = "Who sent it: an HR staff member or client, or the inviting member; absent when the service "
                    + "invited a leaver its identity provider reported (`ALUMNI_ROSTER_INVITE_AFTER`).", nullable = true)
            Actor invitedBy,
            @Schema(description = "The member who registered through it.", format = "uuid", maxLength = 36, nullable = true)
            UUID acceptedBy,
            @Schema(format = "date-time", maxLength = 35, required = true) OffsetDateTime sentAt,
            @Schema(format = "date-time", maxLength = 35, required = true) OffsetDateTime expiresAt,
            @Schema(format = "date-time", maxLength = 35, nullable = true) OffsetDateTime acceptedAt,
            @Schema(format = "date-time", maxLength = 35, nullable = true) OffsetDateTime revokedAt,
            @Schema(format = "date-time", maxLength = 35, required = true) OffsetDateTime createdAt) {

        static InvitationView of(Invitation i, String employeeNumber, OffsetDateTime now) {
            return new InvitationView(i.id, InvitationKind.valueOf(i.kind.name()), InvitationStatus.valueOf(i.status(now).name()), i.email,
                    i.name, i.message, employeeNumber, Actor.of(i.invitedBy, i.invitedByClient), i.acceptedBy, i.sentAt, i.expiresAt,
                    i.acceptedAt, i.revokedAt, i.createdAt);
        }
    }

    @Schema(name = "InvitationPreview", description = "What the sign-up form may prefill from an invitation link (public: the link is "
            + "the proof).")
    record InvitationPreview(
            @Schema(required = true) InvitationKind kind,
            @Schema(description = "Who invites: the organisation, or the inviting member's display name.", maxLength = 100,
                    example = "人事部", required = true)
            String invitedBy,
            @Schema(maxLength = 100, example = "山田 花子", nullable = true) String fullName,
            @Schema(maxLength = 100, example = "ヤマダ ハナコ", nullable = true) String fullNameKana,
            @Schema(type = SchemaType.STRING, pattern = "^[0-9]{4}-[0-9]{2}$", maxLength = 7, nullable = true, example = "2021-03")
            YearMonth leftOn,
            @Schema(description = "The invited address, masked: register with it to skip verification.", maxLength = 254,
                    example = "h***@example.jp", required = true)
            String maskedEmail,
            @Schema(format = "date-time", maxLength = 35, required = true) OffsetDateTime expiresAt) {
    }

    @Schema(name = "InvitationFilter", description = "Which roster entries to invite. Only entries that agreed to be contacted "
            + "(`contactOptIn`) and have left (current employees from SCIM have no leaving month) are ever invited by a filter.")
    record InvitationFilter(
            @Schema(description = "Must be true or absent: a filter never invites those who did not agree.", nullable = true)
            Boolean contactOptIn,
            @Schema(description = "Only those who would (true) or would not (false) come back.", nullable = true) Boolean rehireInterest,
            @Min(1900) @Max(9999) @Schema(description = "Left in this year or later.", minimum = "1900", maximum = "9999", nullable = true)
            Integer leftYearFrom,
            @Min(1900) @Max(9999)
            @Schema(description = "Left in this year or earlier.", minimum = "1900", maximum = "9999", nullable = true)
            Integer leftYearTo,
            @Size(max = 100) @Schema(description = "Last department (exact, ignoring case).", maxLength = 100, example = "開発本部",
                    nullable = true)
            String department) {
    }

    @Schema(name = "RosterInvitationRequest", description = "Whom HR invites: listed employee numbers, or a filter of the roster.")
    record RosterInvitationRequest(
            @Size(max = 1000) @Schema(description = "These entries (whether or not they agreed to be contacted).", maxItems = 1000,
                    nullable = true)
            List<@NotBlank @Size(max = 32) String> employeeNumbers,
            @Valid @Schema(nullable = true) InvitationFilter filter,
            @Size(max = 1000) @Schema(description = "A note from HR in the mail.", maxLength = 1000, nullable = true) String message,
            @Schema(description = "Only report whom it would invite.", nullable = true) Boolean dryRun) {
    }

    @Schema(name = "InvitationSkipReason", description = "Why an entry was not invited: not on the roster, no address, already a "
            + "member (by the entry or by the address), or invited already (a live invitation).")
    enum SkipReason {
        NOT_FOUND,
        NO_EMAIL,
        ALREADY_MEMBER,
        ALREADY_INVITED
    }

    @Schema(name = "SkippedInvitation", description = "A listed entry that was not invited.")
    record Skipped(
            @Schema(maxLength = 32, example = "E012345", required = true) String employeeNumber,
            @Schema(required = true) SkipReason reason) {
    }

    @Schema(name = "InvitationBatchReport", description = "What an invitation request did (or, as a dry run, would do).")
    record InvitationBatchReport(
            @Schema(required = true) boolean dryRun,
            @Schema(description = "Invitations sent (or that would be).", minimum = "0", maximum = "1000", required = true) int invited,
            @Schema(description = "Listed entries not invited, and why.", maxItems = 1000, required = true) List<Skipped> skipped,
            @Schema(description = "With a filter: more entries match than one request invites (1,000); send it again to go on.",
                    required = true)
            boolean more) {
    }

    @Schema(name = "ReferralInvitationRequest", description = "A member invites a former colleague.")
    record ReferralInvitationRequest(
            @NotBlank @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$") @Size(max = 254)
            @Schema(format = "email", maxLength = 254, example = "ichiro.sato@example.jp", required = true)
            String email,
            @NotBlank @Size(max = 100) @Schema(maxLength = 100, example = "佐藤 一郎", required = true) String name,
            @Size(max = 1000) @Schema(description = "A note in the mail.", maxLength = 1000, nullable = true,
                    example = "開発本部で一緒だった山田です。よかったら参加しませんか。")
            String message) {
    }
}
