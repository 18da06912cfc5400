package app.alumni.stats;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** HR's figures: counts only, never a person; groups too small to stay anonymous are suppressed. */
final class StatsViews {

    private StatsViews() {
    }

    @Schema(name = "StatsOverview", description = "HR's human-capital figures over a period (`from` inclusive, `to` exclusive, days in "
            + "the organisation's time zone). Counts only; member and roster figures are as of now.")
    record Overview(
            @Schema(format = "date", maxLength = 10, required = true) LocalDate from,
            @Schema(format = "date", maxLength = 10, required = true) LocalDate to,
            @Schema(maxLength = 64, required = true, example = "Asia/Tokyo") String timeZone,
            @Schema(required = true) MemberFigures members,
            @Schema(maxItems = 120, required = true) List<MonthFigures> months,
            @Schema(required = true) EventFigures events,
            @Schema(required = true) ApplicationFigures applications,
            @Schema(required = true) ReferralFigures referrals,
            @Schema(maxItems = 100, required = true) List<SurveyFigures> surveys,
            @Schema(required = true) RosterFigures roster) {
    }

    @Schema(name = "StatsMembers", description = "Accounts now, by status and by affiliation (active members only).")
    record MemberFigures(
            @Schema(required = true, example = "{\"ACTIVE\": 1250, \"PENDING\": 12}") Map<String, Long> byStatus,
            @Schema(required = true, example = "{\"ALUMNUS\": 1100, \"EMPLOYEE\": 150}") Map<String, Long> byAffiliation) {
    }

    @Schema(name = "StatsMonth", description = "One month: registrations and approvals (with the median time HR took), members "
            + "active (signed in, posted, commented, reacted, answered an event, applied or answered a survey), and content.")
    record MonthFigures(
            @Schema(maxLength = 7, required = true, example = "2026-04") String month,
            @Schema(minimum = "0", maximum = "9007199254740991", format = "int64", required = true) long registrations,
            @Schema(minimum = "0", maximum = "9007199254740991", format = "int64", required = true) long approvals,
            @Schema(description = "Median hours from registration to approval, of the month's approvals.", minimum = "0",
                    maximum = "1000000", nullable = true) Double medianHoursToApprove,
            @Schema(minimum = "0", maximum = "9007199254740991", format = "int64", required = true) long activeMembers,
            @Schema(minimum = "0", maximum = "9007199254740991", format = "int64", required = true) long posts,
            @Schema(minimum = "0", maximum = "9007199254740991", format = "int64", required = true) long comments,
            @Schema(minimum = "0", maximum = "9007199254740991", format = "int64", required = true) long reactions) {
    }

    @Schema(name = "StatsEvents", description = "Published events starting in the period, their answers and check-ins.")
    record EventFigures(
            @Schema(minimum = "0", maximum = "9007199254740991", format = "int64", required = true) long events,
            @Schema(minimum = "0", maximum = "9007199254740991", format = "int64", required = true) long going,
            @Schema(minimum = "0", maximum = "9007199254740991", format = "int64", required = true) long waitlisted,
            @Schema(minimum = "0", maximum = "9007199254740991", format = "int64", required = true) long notGoing,
            @Schema(minimum = "0", maximum = "9007199254740991", format = "int64", required = true) long checkIns) {
    }

    @Schema(name = "StatsApplications", description = "Applications made in the period by status now, and hires in the period by "
            + "year, with those of people who had left the company (boomerangs).")
    record ApplicationFigures(
            @Schema(required = true, example = "{\"SUBMITTED\": 10, \"HIRED\": 2}") Map<String, Long> byStatus,
            @Schema(maxItems = 10, required = true) List<HireYear> hires) {
    }

    @Schema(name = "StatsHireYear")
    record HireYear(
            @Schema(minimum = "1900", maximum = "9999", format = "int32", required = true) int year,
            @Schema(minimum = "0", maximum = "9007199254740991", format = "int64", required = true) long hires,
            @Schema(description = "Hires of people who had left the company.", minimum = "0", maximum = "9007199254740991",
                    format = "int64", required = true) long boomerangs) {
    }

    @Schema(name = "StatsReferrals", description = "Job referrals made in the period by status now, and members' invitations of "
            + "former colleagues sent in the period and how many were taken up.")
    record ReferralFigures(
            @Schema(required = true, example = "{\"SUBMITTED\": 4, \"HIRED\": 1}") Map<String, Long> jobReferralsByStatus,
            @Schema(minimum = "0", maximum = "9007199254740991", format = "int64", required = true) long invitationsSent,
            @Schema(minimum = "0", maximum = "9007199254740991", format = "int64", required = true) long invitationsAccepted) {
    }

    @Schema(name = "StatsSurvey", description = "A survey open during the period: responses against the active members of its "
            + "audience now.")
    record SurveyFigures(
            @Schema(format = "uuid", maxLength = 36, required = true) UUID id,
            @Schema(maxLength = 200, required = true) String title,
            @Schema(maxLength = 16, required = true, example = "ALUMNI") String audience,
            @Schema(required = true) boolean anonymous,
            @Schema(minimum = "0", maximum = "9007199254740991", format = "int64", required = true) long responseCount,
            @Schema(minimum = "0", maximum = "9007199254740991", format = "int64", required = true) long audienceSize,
            @Schema(description = "Responses per member of the audience, 0 to 1.", minimum = "0", maximum = "1000000",
                    nullable = true) Double responseRate) {
    }

    @Schema(name = "StatsRoster", description = "HR's roster now: entries, those invited, those registered, those active; and by "
            + "leaving year.")
    record RosterFigures(
            @Schema(required = true) RosterCoverage total,
            @Schema(maxItems = 200, required = true) List<RosterCoverage> byLeftYear) {
    }

    @Schema(name = "StatsRosterCoverage")
    record RosterCoverage(
            @Schema(description = "The leaving year (absent in the total, null for entries without a leaving date).", minimum = "1900",
                    maximum = "9999", format = "int32", nullable = true) Integer leftYear,
            @Schema(minimum = "0", maximum = "9007199254740991", format = "int64", required = true) long entries,
            @Schema(minimum = "0", maximum = "9007199254740991", format = "int64", required = true) long invited,
            @Schema(minimum = "0", maximum = "9007199254740991", format = "int64", required = true) long registered,
            @Schema(minimum = "0", maximum = "9007199254740991", format = "int64", required = true) long active) {
    }

    /** How cohorts are formed: by leaving year, last department or affiliation ({@link #key()} as the API spells it). */
    enum Grouping {
        LEFT_YEAR("leftYear"),
        LAST_DEPARTMENT("lastDepartment"),
        AFFILIATION("affiliation");

        /** The keys, as a pattern for validation. */
        static final String KEYS = "leftYear|lastDepartment|affiliation";

        private final String key;

        Grouping(String key) {
            this.key = key;
        }

        String key() {
            return key;
        }

        static Grouping of(String key) {
            for (Grouping g : values()) {
                if (g.key.equals(key)) {
                    return g;
                }
            }
            throw new IllegalArgumentException(key);
        }
    }

    @Schema(name = "StatsCohorts", description = "The same measures per group of active members over the period. A group of fewer "
            + "than `minimumGroupSize` members is `suppressed`, its figures null, so that no one can be singled out.")
    record Cohorts(
            @Schema(enumeration = { "leftYear", "lastDepartment", "affiliation" }, maxLength = 14, required = true) String by,
            @Schema(format = "date", maxLength = 10, required = true) LocalDate from,
            @Schema(format = "date", maxLength = 10, required = true) LocalDate to,
            @Schema(minimum = "1", maximum = "1000", format = "int32", required = true) int minimumGroupSize,
            @Schema(maxItems = 10000, required = true) List<Cohort> groups) {
    }

    @Schema(name = "StatsCohort", description = "One group: its key (null: not recorded), and its figures unless suppressed.")
    record Cohort(
            @Schema(maxLength = 100, nullable = true, example = "2019") String group,
            @Schema(required = true) boolean suppressed,
            @Schema(minimum = "0", maximum = "9007199254740991", format = "int64", nullable = true) Long members,
            @Schema(minimum = "0", maximum = "9007199254740991", format = "int64", nullable = true) Long activeMembers,
            @Schema(minimum = "0", maximum = "9007199254740991", format = "int64", nullable = true) Long posts,
            @Schema(minimum = "0", maximum = "9007199254740991", format = "int64", nullable = true) Long comments,
            @Schema(minimum = "0", maximum = "9007199254740991", format = "int64", nullable = true) Long reactions,
            @Schema(minimum = "0", maximum = "9007199254740991", format = "int64", nullable = true) Long eventAnswers,
            @Schema(minimum = "0", maximum = "9007199254740991", format = "int64", nullable = true) Long checkIns,
            @Schema(minimum = "0", maximum = "9007199254740991", format = "int64", nullable = true) Long applications,
            @Schema(minimum = "0", maximum = "9007199254740991", format = "int64", nullable = true) Long hires,
            @Schema(minimum = "0", maximum = "9007199254740991", format = "int64", nullable = true) Long jobReferrals,
            @Schema(minimum = "0", maximum = "9007199254740991", format = "int64", nullable = true) Long surveyResponses) {

        static final List<String> MEASURES = List.of("members", "activeMembers", "posts", "comments", "reactions", "eventAnswers",
                "checkIns", "applications", "hires", "jobReferrals", "surveyResponses");

        /** From the measures in {@link #MEASURES} order; suppressed when the group is smaller than {@code minimum}. */
        static Cohort of(String group, long[] m, int minimum) {
            if (m[0] < minimum) {
                return new Cohort(group, true, null, null, null, null, null, null, null, null, null, null, null);
            }
            return new Cohort(group, false, m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8], m[9], m[10]);
        }

        List<Long> values() {
            return Arrays.asList(members, activeMembers, posts, comments, reactions, eventAnswers, checkIns, applications,
                    hires, jobReferrals, surveyResponses);
        }
    }
}
