package app.alumni.member;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import app.alumni.common.OpenApiFilter;

/** Response bodies about members: what the owner, HR and other members each may see. */
final class MemberViews {

    private MemberViews() {
    }

    @Schema(name = "MemberProfile", extensions = @Extension(name = OpenApiFilter.VERSIONED, value = "true"),
            description = "A member's own profile with its account details (also HR's view of an account).")
    record MemberProfile(
            @Schema(format = "uuid", example = "0b9b2a8e-6f7c-4d1e-9a55-3c2f1e0d9a11", maxLength = 36) UUID id,
            @Schema(format = "email", example = "hanako.yamada@example.jp", maxLength = 254) String email,
            @Schema(description = "Whether the address was confirmed through the link mailed to it.") boolean emailVerified,
            @Schema(example = "ACTIVE") MemberStatus status,
            @Schema(example = "ALUMNUS") Affiliation affiliation,
            @Schema(maxItems = 4, uniqueItems = true, example = "[\"ALUMNUS\"]") Set<Role> roles,
            @Schema(example = "E012345", maxLength = 32, nullable = true) String employeeNumber,
            @Schema(description = "Version of the privacy policy accepted at registration.", example = "2025-04-01",
                    maxLength = 32) String privacyPolicyVersion,
            @Schema(example = "2025-05-01T09:30:00Z", format = "date-time", maxLength = 35) OffsetDateTime createdAt,
            @Schema(example = "2025-05-02T10:00:00Z", format = "date-time", maxLength = 35) OffsetDateTime updatedAt,
            @JsonUnwrapped EditableProfile profile) {

        static MemberProfile of(Member m) {
            return new MemberProfile(m.id, m.email, m.emailVerifiedAt != null, m.status, m.affiliation, m.roleSet(), m.employeeNumber,
                    m.privacyPolicyVersion, m.createdAt, m.updatedAt, EditableProfile.of(m));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PublicProfile", extensions = @Extension(name = OpenApiFilter.VERSIONED, value = "true"),
            description = "Another member's profile as their privacy settings allow. `email` only when the owner shows it; `career` only "
            + "when the owner shares it; `account` only for HR admins.")
    record PublicProfile(
            @Schema(format = "uuid", maxLength = 36, example = "0b9b2a8e-6f7c-4d1e-9a55-3c2f1e0d9a11") UUID id,
            @Schema(example = "花子", maxLength = 50) String displayName,
            @Schema(example = "山田 花子", maxLength = 100) String fullName,
            @Schema(example = "ヤマダ ハナコ", maxLength = 100, nullable = true) String fullNameKana,
            @Schema(format = "uri", maxLength = 500, nullable = true, example = "https://images.example.jp/u/hanako.png") String avatarUrl,
            @Schema(maxLength = 150, nullable = true, example = "データで組織をよくするエンジニア") String headline,
            @Schema(maxLength = 2000, nullable = true, description = "Plain text or Markdown; render safely.") String bio,
            @Schema(maxLength = 100, nullable = true, example = "大阪府") String location,
            @Schema(maxItems = 30, example = "[\"データ分析\"]") List<@Size(max = 50) String> skills,
            @Schema(maxItems = 10) List<@Size(max = 500) String> links,
            @Schema(maxItems = 4, uniqueItems = true) Set<OpenTo> openTo,
            @Schema(format = "email", maxLength = 254, nullable = true,
                    description = "Only when the owner shows it (or for HR admins).") String email,
            @Schema(nullable = true, description = "Only when the owner shares the career section (or for HR admins).") Career career,
            @Schema(nullable = true, description = "Only for HR admins.") AccountDetails account) {

        static PublicProfile of(Member m, boolean hrView) {
            boolean career = hrView || m.showCareer;
            return new PublicProfile(m.id, m.displayName, m.fullName, m.fullNameKana, m.avatarUrl, m.headline, m.bio, m.location,
                    List.copyOf(m.skills), List.copyOf(m.links), EditableProfile.openToOf(m),
                    hrView || m.showEmail ? m.email : null,
                    career ? Career.of(m) : null,
                    hrView ? new AccountDetails(m.status, m.affiliation, m.roleSet(), m.employeeNumber, m.createdAt,
                            new EditableProfile.Privacy(m.showEmail, m.showCareer, m.messages)) : null);
        }
    }

    @Schema(name = "Career", description = "The career section of a profile.")
    record Career(
            @Schema(maxLength = 100, nullable = true, example = "株式会社なにわデータ") String currentCompany,
            @Schema(maxLength = 100, nullable = true, example = "データエンジニア") String currentTitle,
            @Schema(maxLength = 60, nullable = true, example = "IT") String industry,
            EditableProfile.Tenure tenure) {

        static Career of(Member m) {
            return new Career(m.currentCompany, m.currentTitle, m.industry,
                    new EditableProfile.Tenure(YearMonths.of(m.joinedOn), YearMonths.of(m.leftOn), List.copyOf(m.departments)));
        }
    }

    @Schema(name = "AccountDetails", description = "Account details HR admins see.")
    record AccountDetails(
            MemberStatus status,
            Affiliation affiliation,
            @Schema(maxItems = 4, uniqueItems = true) Set<Role> roles,
            @Schema(maxLength = 32, nullable = true, example = "E012345") String employeeNumber,
            @Schema(format = "date-time", maxLength = 35, example = "2025-05-01T09:30:00Z") OffsetDateTime registeredAt,
            EditableProfile.Privacy privacy) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "MemberSummary", description = "A directory entry: enough to draw a member card. Career fields are absent when the "
            + "member hides them.")
    record MemberSummary(
            @Schema(format = "uuid", maxLength = 36, example = "0b9b2a8e-6f7c-4d1e-9a55-3c2f1e0d9a11") UUID id,
            @Schema(maxLength = 50, example = "花子") String displayName,
            @Schema(maxLength = 100, example = "山田 花子") String fullName,
            @Schema(maxLength = 100, nullable = true, example = "ヤマダ ハナコ") String fullNameKana,
            @Schema(format = "uri", maxLength = 500, nullable = true) String avatarUrl,
            @Schema(maxLength = 150, nullable = true) String headline,
            @Schema(maxLength = 100, nullable = true, example = "株式会社なにわデータ") String currentCompany,
            @Schema(maxLength = 100, nullable = true, example = "データエンジニア") String currentTitle,
            @Schema(maxLength = 100, nullable = true, example = "大阪府") String location,
            @Schema(maxItems = 30) List<@Size(max = 50) String> skills,
            @Schema(maxItems = 4, uniqueItems = true) Set<OpenTo> openTo) {

        static MemberSummary of(Member m) {
            return new MemberSummary(m.id, m.displayName, m.fullName, m.fullNameKana, m.avatarUrl, m.headline,
                    m.showCareer ? m.currentCompany : null, m.showCareer ? m.currentTitle : null, m.location,
                    List.copyOf(m.skills), EditableProfile.openToOf(m));
        }
    }

    @Schema(name = "Registration", description = "A registration as HR reviews it: what the applicant declared.")
    record Registration(
            @Schema(format = "uuid", maxLength = 36) UUID id,
            @Schema(format = "email", maxLength = 254, example = "hanako.yamada@example.jp") String email,
            @Schema(description = "Whether the applicant confirmed the address through the link mailed to it.") boolean emailVerified,
            @Schema(maxLength = 100, example = "山田 花子") String fullName,
            @Schema(maxLength = 100, nullable = true, example = "ヤマダ ハナコ") String fullNameKana,
            @Schema(maxLength = 50, example = "花子") String displayName,
            Affiliation affiliation,
            @Schema(maxLength = 32, nullable = true, example = "E012345") String employeeNumber,
            @Schema(type = SchemaType.STRING, pattern = "^[0-9]{4}-[0-9]{2}$", maxLength = 7, nullable = true,
                    example = "2015-04") YearMonth joinedOn,
            @Schema(type = SchemaType.STRING, pattern = "^[0-9]{4}-[0-9]{2}$", maxLength = 7, nullable = true,
                    example = "2021-03") YearMonth leftOn,
            @Schema(maxLength = 100, nullable = true, example = "開発本部") String lastDepartment,
            MemberStatus status,
            @Schema(maxLength = 1000, nullable = true, description = "Why HR rejected it.") String rejectionReason,
            @Schema(format = "date-time", maxLength = 35, example = "2025-05-01T09:30:00Z") OffsetDateTime registeredAt,
            @Schema(format = "date-time", maxLength = 35, nullable = true) OffsetDateTime reviewedAt,
            @Schema(description = "Who approved or rejected it (absent when a rule approved it).", nullable = true) Actor reviewedBy,
            @Schema(description = "Set when a rule approved it without HR.", nullable = true) ApprovalRule approvedByRule,
            @Schema(description = "How it compares with HR's roster (absent for tombstones).", nullable = true) RosterMatch rosterMatch,
            @Schema(description = "The member whose invitation the applicant came through.", format = "uuid", maxLength = 36,
                    nullable = true)
            UUID referredBy,
            @Schema(format = "date-time", maxLength = 35) OffsetDateTime updatedAt,
            @Schema(description = "Set when the account was deleted: a tombstone, with nothing else but its id and status.",
                    format = "date-time", maxLength = 35, nullable = true) OffsetDateTime deletedAt) {

        /** One registration, compared with the roster. */
        static Registration of(Member m) {
            return page(List.of(m)).get(0);
        }

        /** A page of registrations, compared with the roster in two queries whatever its size. */
        static List<Registration> page(List<Member> members) {
            Map<UUID, RosterMatch.Matched> matches = RosterMatch.forAll(members.stream().filter(m -> m.status != MemberStatus.DELETED)
                    .toList());
            return members.stream().map(m -> of(m, matches.get(m.id))).toList();
        }

        private static Registration of(Member m, RosterMatch.Matched matched) {
            if (m.status == MemberStatus.DELETED) {
                return new Registration(m.id, null, false, null, null, null, null, null, null, null, null, m.status, null, m.createdAt,
                        null, null, null, null, null, m.updatedAt, m.updatedAt);
            }
            return new Registration(m.id, m.email, m.emailVerifiedAt != null, m.fullName, m.fullNameKana, m.displayName, m.affiliation,
                    m.employeeNumber, YearMonths.of(m.joinedOn), YearMonths.of(m.leftOn), m.lastDepartment, m.status, m.rejectionReason,
                    m.createdAt, m.reviewedAt, Actor.of(m.reviewedBy, m.reviewedByClient), m.approvedByRule, matched.match(), m.referredBy,
                    m.updatedAt, null);
        }
    }
}
