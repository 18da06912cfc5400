package app.alumni.career;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import app.alumni.career.CareerEnums.ApplicationStatus;
import app.alumni.career.CareerEnums.EmploymentType;
import app.alumni.career.CareerEnums.Kind;
import app.alumni.career.CareerEnums.ListingStatus;
import app.alumni.career.CareerEnums.WorkStyle;
import app.alumni.career.CareerRequests.SalaryRange;
import app.alumni.common.OpenApiFilter;
import app.alumni.member.Actor;

/** Response bodies of careers. */
final class CareerViews {

    private CareerViews() {
    }

    @Schema(name = "MyApplicationStatus", description = "The caller's own application to a listing.")
    record MyApplication(@Schema(format = "uuid", maxLength = 36) UUID id, ApplicationStatus status) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Listing", extensions = @Extension(name = OpenApiFilter.VERSIONED, value = "true"))
    record ListingView(
            @Schema(format = "uuid", maxLength = 36) UUID id,
            Kind kind,
            @Schema(maxLength = 200) String title,
            @Schema(maxLength = 20000, description = "Markdown text; render it safely.") String description,
            @Schema(maxLength = 100, nullable = true) String department,
            @Schema(maxLength = 100, nullable = true) String location,
            @Schema(nullable = true) EmploymentType employmentType,
            @Schema(nullable = true) WorkStyle workStyle,
            @Schema(nullable = true) SalaryRange salary,
            @Schema(maxLength = 100, nullable = true) String posterCompany,
            @Schema(maxLength = 200, nullable = true) String contactPreference,
            @Schema(maxItems = 20) List<@Size(max = 50) String> skills,
            @Schema(format = "date-time", maxLength = 35, nullable = true) OffsetDateTime closesAt,
            @Schema(description = "CLOSED also once `closesAt` has passed.") ListingStatus status,
            @Schema(description = "The member who posted it; null when one of HR's systems did (see `postedBy`).", format = "uuid",
                    maxLength = 36, nullable = true) UUID posterId,
            @Schema(description = "Who posted it: a member, or one of HR's API clients.") Actor postedBy,
            @Schema(format = "date-time", maxLength = 35) OffsetDateTime createdAt,
            @Schema(format = "date-time", maxLength = 35) OffsetDateTime updatedAt,
            @Schema(nullable = true, description = "The caller's application, if any.") MyApplication myApplication) {

        static ListingView of(JobListing l, MyApplication mine, OffsetDateTime now) {
            SalaryRange salary = l.salaryCurrency == null ? null : new SalaryRange(l.salaryMin, l.salaryMax, l.salaryCurrency);
            return new ListingView(l.id, l.kind, l.title, l.description, l.department, l.location, l.employmentType, l.workStyle, salary,
                    l.posterCompany, l.contactPreference, List.copyOf(l.skills), l.closesAt, l.effectiveStatus(now), l.posterId,
                    Actor.of(l.posterId, l.posterClient),
                            l.createdAt, l.updatedAt, mine);
        }
    }

    @Schema(name = "ApplicationHistoryEntry")
    record HistoryEntry(
            @Schema(format = "date-time", maxLength = 35) OffsetDateTime at,
            @Schema(description = "The member who made the change; null when an API client made it (see `actor`).", format = "uuid",
                    maxLength = 36, nullable = true) UUID by,
            @Schema(nullable = true) ApplicationStatus from,
            ApplicationStatus to,
            @Schema(description = "Who made the change: a member, or one of HR's API clients.") Actor actor) {
    }

    @Schema(name = "Applicant", description = "The applicant's profile as shared with consent.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Applicant(
            @Schema(format = "uuid", maxLength = 36) UUID id,
            @Schema(maxLength = 100) String fullName,
            @Schema(maxLength = 50) String displayName,
            @Schema(format = "email", maxLength = 254) String email,
            @Schema(maxLength = 100, nullable = true) String currentCompany,
            @Schema(maxLength = 100, nullable = true) String currentTitle) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Application", description = "An application. `hrNote` only for HR admins; `applicant` for the reviewers.")
    record ApplicationView(
            @Schema(format = "uuid", maxLength = 36) UUID id,
            @Schema(format = "uuid", maxLength = 36) UUID listingId,
            @Schema(maxLength = 200) String listingTitle,
            Kind listingKind,
            @Schema(nullable = true) Applicant applicant,
            @Schema(maxLength = 5000, nullable = true) String message,
            @Schema(format = "uri", maxLength = 500, nullable = true) String resumeUrl,
            ApplicationStatus status,
            @Schema(maxLength = 5000, nullable = true) String hrNote,
            @Schema(maxItems = 20) List<HistoryEntry> history,
            @Schema(format = "date-time", maxLength = 35) OffsetDateTime createdAt,
            @Schema(format = "date-time", maxLength = 35) OffsetDateTime updatedAt,
            @Schema(description = "Version; send it quoted as `If-Match` when changing the application.", minimum = "0",
                    maximum = "9007199254740991", format = "int64") long version) {
    }

    @Schema(name = "TalentPoolEntry", description = "A member who opted in to re-hire, with their preferences and application history.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TalentPoolEntryView(
            @Schema(format = "uuid", maxLength = 36) UUID memberId,
            @Schema(maxLength = 100) String fullName,
            @Schema(maxLength = 50) String displayName,
            @Schema(format = "email", maxLength = 254) String email,
            @Schema(maxLength = 150, nullable = true) String headline,
            @Schema(maxLength = 100, nullable = true) String currentCompany,
            @Schema(maxLength = 100, nullable = true) String currentTitle,
            @Schema(maxItems = 30) List<@Size(max = 50) String> skills,
            @Schema(format = "date", maxLength = 10, nullable = true) LocalDate leftOn,
            @Schema(maxItems = 10) List<@Size(max = 100) String> departments,
            @Schema(maxItems = 10) List<@Size(max = 100) String> desiredRoles,
            @Schema(format = "date", maxLength = 10, nullable = true) LocalDate earliestStart,
            @Schema(nullable = true) WorkStyle preferredWorkStyle,
            @Schema(maxLength = 2000, nullable = true) String noteToHr,
            @Schema(maxItems = 100) List<MyApplicationSummary> applications) {
    }

    @Schema(name = "ApplicationSummary")
    record MyApplicationSummary(@Schema(format = "uuid", maxLength = 36) UUID id, @Schema(format = "uuid", maxLength = 36) UUID listingId,
            @Schema(maxLength = 200) String listingTitle, ApplicationStatus status,
            @Schema(format = "date-time", maxLength = 35) OffsetDateTime createdAt) {
    }
}
