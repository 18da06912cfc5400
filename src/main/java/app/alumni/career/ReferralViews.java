package app.alumni.career;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.alumni.member.MemberCard;

/** The bodies of the job-referral endpoints. */
final class ReferralViews {

    private ReferralViews() {
    }

    @Schema(name = "NewJobReferral", description = "A candidate recommended for an open job. The candidate must have agreed to be "
            + "contacted by the company about it.")
    record NewReferral(
            @NotBlank @Size(max = 100) @Schema(maxLength = 100, example = "鈴木 健", required = true) String candidateName,
            @NotBlank @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$") @Size(max = 254)
            @Schema(format = "email", maxLength = 254, example = "ken.suzuki@example.jp", required = true)
            String candidateEmail,
            @NotBlank @Size(max = 200) @Schema(description = "How the referrer knows the candidate.", maxLength = 200,
                    example = "前職の同僚（3 年間同じチーム）", required = true)
            String relationship,
            @Size(max = 2000) @Schema(description = "Why the candidate fits.", maxLength = 2000, nullable = true,
                    example = "Kotlin と決済ドメインの経験が豊富です。")
            String note,
            @NotNull @AssertTrue
            @Schema(description = "Must be true: the candidate agreed to be contacted by the company about this job.", required = true)
            Boolean candidateConsented) {
    }

    @Schema(name = "JobReferralChange", description = "HR moves a referral along and keeps a note the referrer never sees.")
    record ReferralPatch(
            @Schema(nullable = true) JobReferral.Status status,
            @Size(max = 5000) @Schema(maxLength = 5000, nullable = true, description = "HR only; never shown to the referrer.")
            String hrNote) {
    }

    @Schema(name = "JobReferral", description = "A referral of a candidate to a job. The referrer sees its status, never HR's note.")
    record ReferralView(
            @Schema(format = "uuid", maxLength = 36, required = true) UUID id,
            @Schema(format = "uuid", maxLength = 36, required = true) UUID listingId,
            @Schema(maxLength = 200, example = "バックエンドエンジニア", required = true) String listingTitle,
            @Schema(maxLength = 100, example = "鈴木 健", required = true) String candidateName,
            @Schema(format = "email", maxLength = 254, example = "ken.suzuki@example.jp", required = true) String candidateEmail,
            @Schema(maxLength = 200, required = true) String relationship,
            @Schema(maxLength = 2000, nullable = true) String note,
            @Schema(required = true) JobReferral.Status status,
            @Schema(nullable = true, description = "Absent when the referrer has since deleted their account.") Referrer referrer,
            @Schema(description = "HR's note: HR and HR's systems only, absent for the referrer.", maxLength = 5000, nullable = true)
            String hrNote,
            @Schema(format = "date-time", maxLength = 35, required = true) OffsetDateTime consentedAt,
            @Schema(format = "date-time", maxLength = 35, required = true) OffsetDateTime createdAt,
            @Schema(format = "date-time", maxLength = 35, required = true) OffsetDateTime updatedAt) {

        static ReferralView of(JobReferral r, JobListing l, MemberCard referrer, boolean forHr) {
            Referrer who = referrer == null || referrer.former() ? null
                    : new Referrer(referrer.id(), referrer.displayName(), referrer.fullName());
            return new ReferralView(r.id, r.listingId, l.title, r.candidateName, r.candidateEmail, r.relationship, r.note, r.status,
                    who, forHr ? r.hrNote : null, r.consentedAt, r.createdAt, r.updatedAt);
        }
    }

    @Schema(name = "Referrer", description = "The member who referred the candidate.")
    record Referrer(
            @Schema(format = "uuid", maxLength = 36, required = true) UUID id,
            @Schema(maxLength = 50, example = "花子", required = true) String displayName,
            @Schema(maxLength = 100, example = "山田 花子", required = true) String fullName) {
    }
}
