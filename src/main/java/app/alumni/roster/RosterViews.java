package app.alumni.roster;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.alumni.member.RosterEntry;
import app.alumni.member.YearMonths;

/** The bodies of the roster endpoints. */
final class RosterViews {

    private RosterViews() {
    }

    @Schema(name = "RosterState", description = "Where the person stands with the community: `NOT_INVITED` (no member yet), "
            + "`INVITED` (HR's invitation link still works), `REGISTERED` (a member waiting for verification) or `ACTIVE` (an "
            + "approved member, suspended ones included).")
    enum RosterState {
        NOT_INVITED,
        INVITED,
        REGISTERED,
        ACTIVE
    }

    @Schema(name = "RosterEntry", description = "A person HR's records say left the company (HR only).")
    record RosterEntryView(
            @Schema(maxLength = 32, example = "E012345", required = true) String employeeNumber,
            @Schema(maxLength = 100, example = "山田 花子", required = true) String fullName,
            @Schema(maxLength = 100, example = "ヤマダ ハナコ", nullable = true) String fullNameKana,
            @Schema(format = "email", maxLength = 254, example = "hanako.yamada@example.jp", nullable = true) String email,
            @Schema(type = SchemaType.STRING, pattern = "^[0-9]{4}-[0-9]{2}$", maxLength = 7, nullable = true, example = "2015-04")
            YearMonth joinedOn,
            @Schema(type = SchemaType.STRING, pattern = "^[0-9]{4}-[0-9]{2}$", maxLength = 7, nullable = true, example = "2021-03",
                    description = "Month of leaving; absent for current employees (fed by SCIM).")
            YearMonth leftOn,
            @Schema(maxLength = 100, example = "開発本部", nullable = true) String lastDepartment,
            @Schema(description = "Agreed at leaving to hear from the company: only these are invited by a filter.", required = true)
            boolean contactOptIn,
            @Schema(description = "Said at leaving they might come back.", required = true) boolean rehireInterest,
            @Schema(required = true) RosterState state,
            @Schema(description = "The member this person registered as, once matched or approved.", format = "uuid", maxLength = 36,
                    nullable = true)
            UUID memberId,
            @Schema(description = "The identity provider's `userName`, while the entry is a SCIM user (a current employee).",
                    maxLength = 254, nullable = true, example = "hanako.yamada@corp.example.jp")
            String scimUserName,
            @Schema(format = "date-time", maxLength = 35, nullable = true,
                    description = "When HR's invitation to this leaver goes out (`ALUMNI_ROSTER_INVITE_AFTER` after the identity "
                            + "provider reported them).")
            OffsetDateTime inviteDueAt,
            @Schema(format = "date-time", maxLength = 35, required = true) OffsetDateTime createdAt,
            @Schema(format = "date-time", maxLength = 35, required = true) OffsetDateTime updatedAt) {

        static RosterEntryView of(RosterEntry e, RosterState state) {
            return new RosterEntryView(e.employeeNumber, e.fullName, e.fullNameKana, e.email, YearMonths.of(e.joinedOn),
                    YearMonths.of(e.leftOn), e.lastDepartment, e.contactOptIn, e.rehireInterest, state, e.memberId, e.userName,
                    e.inviteDueAt, e.createdAt, e.updatedAt);
        }
    }

    @Schema(name = "RosterEntryInput", description = "A roster entry as HR writes it by hand; the employee number is in the path.")
    record RosterEntryInput(
            @NotBlank @Size(max = 100) @Schema(maxLength = 100, example = "山田 花子", required = true) String fullName,
            @Size(max = 100) @Schema(maxLength = 100, example = "ヤマダ ハナコ", nullable = true) String fullNameKana,
            @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$") @Size(max = 254)
            @Schema(format = "email", maxLength = 254, example = "hanako.yamada@example.jp", nullable = true)
            String email,
            @PastOrPresent
            @Schema(type = SchemaType.STRING, pattern = "^[0-9]{4}-[0-9]{2}$", maxLength = 7, nullable = true, example = "2015-04")
            YearMonth joinedOn,
            @PastOrPresent
            @Schema(type = SchemaType.STRING, pattern = "^[0-9]{4}-[0-9]{2}$", maxLength = 7, nullable = true, example = "2021-03")
            YearMonth leftOn,
            @Size(max = 100) @Schema(maxLength = 100, example = "開発本部", nullable = true) String lastDepartment,
            @Schema(description = "Default false.", nullable = true) Boolean contactOptIn,
            @Schema(description = "Default false.", nullable = true) Boolean rehireInterest) {
    }

    @Schema(name = "RosterImportRecord", description = "One person in a JSON roster import: the CSV columns, as camelCase keys. A key "
            + "no item has leaves that value of existing entries as it is.")
    record RosterImportRecord(
            @Schema(maxLength = 32, pattern = "^[A-Za-z0-9-]{1,32}$", example = "E012345", required = true) String employeeNumber,
            @Schema(maxLength = 100, example = "山田 花子", required = true) String fullName,
            @Schema(maxLength = 100, example = "ヤマダ ハナコ", nullable = true) String fullNameKana,
            @Schema(format = "email", maxLength = 254, example = "hanako.yamada@example.jp", nullable = true) String email,
            @Schema(description = "`YYYY-MM`, `YYYY-MM-DD` or `YYYY/MM/DD`.", maxLength = 10, example = "2015-04", nullable = true)
            String joinedOn,
            @Schema(description = "`YYYY-MM`, `YYYY-MM-DD` or `YYYY/MM/DD`.", maxLength = 10, example = "2021-03-31", nullable = true)
            String leftOn,
            @Schema(maxLength = 100, example = "開発本部", nullable = true) String lastDepartment,
            @Schema(nullable = true) Boolean contactOptIn,
            @Schema(nullable = true) Boolean rehireInterest) {
    }

    @Schema(name = "RosterImportReport", description = "What an import did, or (dry run, or errors without `partial`) would do.")
    record RosterImportReport(
            @Schema(description = "True when the roster was changed: not a dry run, and no errors or `partial=true`.", required = true)
            boolean applied,
            @Schema(description = "Rows that were valid.",
                    minimum = "0", maximum = "100000", required = true) int rows,
            @Schema(description = "Entries created (or that would be).",
                    minimum = "0", maximum = "100000", required = true) int created,
            @Schema(description = "Entries changed (or that would be).",
                    minimum = "0", maximum = "100000", required = true) int updated,
            @Schema(description = "Valid rows that equal their entry already.",
                    minimum = "0", maximum = "100000", required = true) int unchanged,
            @Schema(description = "How many problems were found in all.",
                    minimum = "0", maximum = "10000000", required = true) int errorCount,
            @Schema(description = "The problems found, by line (the first 1,000).", maxItems = 1000, required = true)
            List<RosterImportError> errors) {
    }

    @Schema(name = "RosterImportError", description = "A problem with one row of an import.")
    record RosterImportError(
            @Schema(description = "The line of the CSV file (the header is line 1), or the JSON item's position (from 1).", minimum = "1",
                    maximum = "10000000", example = "12", required = true)
            int line,
            @Schema(description = "The column as the file names it (its header, or the JSON key).", maxLength = 100, example = "退職年月",
                    required = true)
            String field,
            @Schema(description = "What is wrong, in the language of the response.", maxLength = 500,
                    example = "must be a month: YYYY-MM, YYYY-MM-DD or YYYY/MM/DD", required = true)
            String message) {
    }
}
