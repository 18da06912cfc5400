package app.alumni.group;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

import app.alumni.group.GroupEnums.MembershipStatus;
import app.alumni.group.GroupEnums.Role;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A member in a group, or asking to join a closed one. */
@Entity
@IdClass(GroupMembership.Key.class)
class GroupMembership extends PanacheEntityBase {

    record Key(UUID groupId, UUID memberId) implements Serializable {
    }

    @Id
    UUID groupId;
    @Id
    UUID memberId;
    @Enumerated(EnumType.STRING)
    Role role;
    @Enumerated(EnumType.STRING)
    MembershipStatus status;
    OffsetDateTime requestedAt;
    OffsetDateTime joinedAt;

    static GroupMembership of(UUID groupId, UUID memberId) {
        return findById(new Key(groupId, memberId));
    }

    boolean isActive() {
        return status == MembershipStatus.ACTIVE;
    }

    boolean isAdmin() {
        return isActive() && role == Role.ADMIN;
    }

    /** The member's memberships of these groups, by group. */
    static Map<UUID, GroupMembership> ofMember(UUID memberId, Collection<UUID> groupIds) {
        if (memberId == null || groupIds.isEmpty()) {
            return Map.of();
        }
        return GroupMembership.<GroupMembership>list("memberId = ?1 and groupId in ?2", memberId, groupIds).stream()
                .collect(Collectors.toMap(m -> m.groupId, Function.identity()));
    }

    static long admins(UUID groupId) {
        return count("groupId = ?1 and status = ?2 and role = ?3", groupId, MembershipStatus.ACTIVE, Role.ADMIN);
    }

    static List<UUID> adminIds(UUID groupId) {
        return GroupMembership.<GroupMembership>list("groupId = ?1 and status = ?2 and role = ?3", groupId, MembershipStatus.ACTIVE,
                Role.ADMIN).stream().map(m -> m.memberId).toList();
    }
}
