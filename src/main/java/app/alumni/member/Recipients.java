package app.alumni.member;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Who a notice is for, as a rule the database applies when it fans the notice out (so an announcement to every member
 * costs one statement, not one per member): every active member, those of an affiliation or a role, or named members.
 * Only active members are ever notified.
 */
public record Recipients(Kind kind, Affiliation affiliation, Role role, List<UUID> memberIds, UUID groupId) {

    public enum Kind {
        EVERYONE,
        AFFILIATION,
        ROLE,
        MEMBERS,
        /** The active members of a group. */
        GROUP
    }

    public Recipients {
        memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
    }

    public static Recipients everyone() {
        return new Recipients(Kind.EVERYONE, null, null, null, null);
    }

    /** Everyone, or the active members of one affiliation when {@code affiliation} is not null. */
    public static Recipients of(Affiliation affiliation) {
        return affiliation == null ? everyone() : new Recipients(Kind.AFFILIATION, affiliation, null, null, null);
    }

    public static Recipients withRole(Role role) {
        return new Recipients(Kind.ROLE, null, role, null, null);
    }

    public static Recipients members(Collection<UUID> ids) {
        return new Recipients(Kind.MEMBERS, null, null, List.copyOf(ids), null);
    }

    public static Recipients member(UUID id) {
        return members(List.of(id));
    }

    /** The active members of a group (of a closed group's content: only they may see it). */
    public static Recipients groupMembers(UUID groupId) {
        return new Recipients(Kind.GROUP, null, null, null, groupId);
    }

    /** Named members, none of them: a notice to nobody. */
    public boolean reachesNobody() {
        return kind == Kind.MEMBERS && memberIds.isEmpty();
    }
}
