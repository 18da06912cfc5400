package app.alumni.career;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.alumni.career.CareerEnums.ApplicationStatus;
import app.alumni.career.CareerEnums.EmploymentType;
import app.alumni.career.CareerEnums.Kind;
import app.alumni.career.CareerEnums.ListingStatus;
import app.alumni.career.CareerEnums.WorkStyle;
import app.alumni.common.HttpsUrl;

/** Request bodies of careers. */
final class CareerRequests {

    private CareerRequests() {
    }

    @Schema(name = "SalaryRange")
    record SalaryRange(
            @Min(0) @Max(1000000000) @Schema(minimum = "0", maximum = "1000000000", format = "int32", nullable = true,
                    example = "6000000") Integer min,
            @Min(0) @Max(1000000000) @Schema(minimum = "0", maximum = "1000000000", format = "int32", nullable = true,
                    example = "9000000") Integer max,
            @NotBlank @Pattern(regexp = "^[A-Z]{3}$") @Schema(required = true, maxLength = 3, pattern = "^[A-Z]{3}$",
                    example = "JPY") String currency) {
    }

    /** A listing as created, and as PATCH (JSON merge patch) changes it. */
    @Schema(name = "ListingInput", description = "A JOB (HR admins; only jobs have department, employment type and salary) or a "
            + "COLLABORATION (any member; only collaborations have the poster's company and contact preference). Location, work style, "
            + "skills and closing time fit both. `kind` cannot change.")
    record ListingInput(
            @NotNull @Schema(required = true) Kind kind,
            @NotBlank @Size(max = 200) @Schema(maxLength = 200, example = "バックエンドエンジニア(出戻り歓迎)") String title,
            @NotBlank @Size(max = 20000) @Schema(maxLength = 20000, description = "Markdown text; render it safely.",
                    example = "決済基盤の開発をお任せします。") String description,
            @Size(max = 100) @Schema(maxLength = 100, nullable = true, example = "開発本部") String department,
            @Size(max = 100) @Schema(maxLength = 100, nullable = true, example = "東京都") String location,
            @Schema(nullable = true) EmploymentType employmentType,
            @Schema(nullable = true) WorkStyle workStyle,
            @Valid @Schema(nullable = true) SalaryRange salary,
            @Size(max = 100) @Schema(maxLength = 100, nullable = true, description = "Collaborations: the poster's company.",
                    example = "株式会社なにわデータ") String posterCompany,
            @Size(max = 200) @Schema(maxLength = 200, nullable = true,
                    description = "Collaborations: how the poster likes to be contacted.",
                    example = "まずはメッセージでご連絡ください") String contactPreference,
            @Size(max = 20) @Schema(maxItems = 20, example = "[\"Java\", \"決済\"]") List<@NotBlank @Size(max = 50) String> skills,
            @Schema(format = "date-time", maxLength = 35, nullable = true,
                    description = "The listing closes by itself then.") OffsetDateTime closesAt,
            @Schema(description = "DRAFT or OPEN when creating (default OPEN); CLOSED to close. Absent: unchanged, or OPEN when creating.")
            ListingStatus status) {
    }

    @Schema(name = "NewApplication")
    record NewApplication(
            @Size(max = 5000) @Schema(maxLength = 5000, nullable = true, example = "以前の経験を活かしてまた一緒に働きたいです。") String message,
            @Size(max = 500) @HttpsUrl @Schema(format = "uri", maxLength = 500, pattern = HttpsUrl.PATTERN, nullable = true,
                    example = "https://files.example.jp/resume.pdf") String resumeUrl,
            @NotNull @AssertTrue @Schema(required = true, description = "Must be true: the profile is shared with HR (or the "
                    + "collaboration's poster) for this application.") Boolean consentToShareProfile) {
    }

    @Schema(name = "ApplicationChangeRequest", description = "A move along the pipeline and/or HR's private note. Applicants may only "
            + "send `WITHDRAWN`.")
    record ApplicationPatch(
            @Schema(nullable = true) ApplicationStatus status,
            @Size(max = 5000) @Schema(maxLength = 5000, nullable = true,
                    description = "HR only; never shown to the applicant.") String hrNote) {
    }

    @Schema(name = "RehirePreferences", description = "What a member open to coming back would like.")
    record RehirePreferences(
            @Size(max = 10) @Schema(maxItems = 10,
                    example = "[\"バックエンドエンジニア\", \"テックリード\"]") List<@NotBlank @Size(max = 100) String> desiredRoles,
            @Schema(format = "date", maxLength = 10, nullable = true, example = "2027-04-01") LocalDate earliestStart,
            @Schema(nullable = true) WorkStyle workStyle,
            @Size(max = 2000) @Schema(maxLength = 2000, nullable = true, example = "子育て中のためリモート中心を希望します。") String noteToHr) {
    }
}
