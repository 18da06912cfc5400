package app.alumni.group;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import app.alumni.group.GroupEnums.Kind;
import app.alumni.group.GroupEnums.MembershipStatus;
import app.alumni.group.GroupEnums.Role;
import app.alumni.group.GroupEnums.Status;
import app.alumni.group.GroupEnums.Visibility;
import app.alumni.member.MemberCard;

/** What members send about groups and what they see of them. */
final class GroupViews {

    private GroupViews() {
    }

    @Schema(name = "GroupInput", description = "A group to create or propose; PATCH takes any of these fields (JSON merge patch).")
    record GroupInput(
            @NotBlank @Size(max = 80) @Schema(required = true, maxLength = 80, example = "福岡アルムナイ会") String name,
            @Size(max = 2000) @Schema(maxLength = 2000, nullable = true, description = "Plain text or Markdown; render it safely.",
                    example = "福岡近辺に住むアルムナイの集まりです。") String description,
            @NotNull @Schema(required = true) Kind kind,
            @NotNull @Schema(required = true) Visibility visibility) {
    }

    @Schema(name = "GroupRejection", description = "Why HR rejects a proposed group (its proposer sees it).")
    record Rejection(@NotBlank @Size(max = 1000) @Schema(required = true, maxLength = 1000,
            example = "既存の「九州アルムナイ会」と重なるため、そちらへの参加をお願いします。") String message) {
    }

    @Schema(name = "GroupRoleChange", description = "A member's new role in the group.")
    record RoleChange(@NotNull @Schema(required = true) Role role) {
    }

    @Schema(name = "MyGroupMembership", description = "The caller's place in the group.")
    record MyMembership(@Schema(required = true) MembershipStatus status, @Schema(required = true) Role role) {

        static MyMembership of(GroupMembership m) {
            return m == null ? null : new MyMembership(m.status, m.role);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Group", description = "A group as the caller sees it.")
    record GroupView(
            @Schema(format = "uuid", maxLength = 36, required = true) UUID id,
            @Schema(maxLength = 80, required = true, example = "福岡アルムナイ会") String name,
            @Schema(maxLength = 2000, required = true) String description,
            @Schema(required = true) Kind kind,
            @Schema(required = true) Visibility visibility,
            @Schema(required = true) Status status,
            @Schema(required = true, description = "Created by HR.") boolean official,
            @Schema(required = true, minimum = "0", maximum = "2147483647", format = "int32") int memberCount,
            @Schema(maxLength = 1000, nullable = true, description = "HR's reason for a rejection (its proposer and HR only).")
            String statusMessage,
            @Schema(nullable = true, description = "Absent when the caller is neither in the group nor asked to join it.")
            MyMembership myMembership,
            @Schema(format = "date-time", maxLength = 35, required = true) OffsetDateTime createdAt) {

        static GroupView of(CommunityGroup g, GroupMembership mine, boolean reviewer) {
            return new GroupView(g.id, g.name, g.description, g.kind, g.visibility, g.status, g.official, g.memberCount,
                    reviewer ? g.statusMessage : null, MyMembership.of(mine), g.createdAt);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "GroupMember", description = "A member of a group, or one asking to join it.")
    record GroupMemberView(
            @Schema(format = "uuid", maxLength = 36, nullable = true, description = "Absent for a former member.") UUID memberId,
            @Schema(maxLength = 50, required = true, example = "花子") String displayName,
            @Schema(format = "uri", maxLength = 500, nullable = true) String avatarUrl,
            @Schema(required = true) Role role,
            @Schema(required = true) MembershipStatus status,
            @Schema(format = "date-time", maxLength = 35, required = true) OffsetDateTime requestedAt,
            @Schema(format = "date-time", maxLength = 35, nullable = true) OffsetDateTime joinedAt) {

        static GroupMemberView of(GroupMembership m, MemberCard card) {
            boolean former = card == null || card.former();
            return new GroupMemberView(former ? null : m.memberId, former ? MemberCard.FORMER_MEMBER_NAME : card.displayName(),
                    former ? null : card.avatarUrl(), m.role, m.status, m.requestedAt, m.joinedAt);
        }
    }
}
