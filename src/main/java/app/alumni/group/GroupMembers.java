package app.alumni.group;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import app.alumni.common.Cursor;
import app.alumni.common.Keyset;
import app.alumni.common.Page;
import app.alumni.common.ProblemException;
import app.alumni.common.ProblemType;
import app.alumni.common.ReadOnly;
import app.alumni.common.Times;
import app.alumni.group.GroupEnums.MembershipStatus;
import app.alumni.group.GroupEnums.Role;
import app.alumni.group.GroupViews.GroupMemberView;
import app.alumni.member.Blocks;
import app.alumni.member.Caller;
import app.alumni.member.GroupLeft;
import app.alumni.member.MemberCard;
import app.alumni.member.Notice;
import app.alumni.member.NoticeType;
import app.alumni.member.Notices;
import app.alumni.member.Recipients;

/**
 * Joining and leaving groups. An open group takes anyone at once; a closed one takes a request its admins accept or
 * decline. Every change of a group's members happens under the group's row lock, which keeps its member count right
 * and its last admin in place.
 */
@ApplicationScoped
class GroupMembers {

    /** Requests to join closed groups one member may have waiting at a time. */
    static final int OPEN_REQUESTS = 20;

    private final EntityManager em;
    private final Blocks blocks;
    private final Notices notices;
    private final Event<GroupLeft> left;
    private final Clock clock;

    GroupMembers(EntityManager em, Blocks blocks, Notices notices, Event<GroupLeft> left, Clock clock) {
        this.em = em;
        this.blocks = blocks;
        this.notices = notices;
        this.left = left;
        this.clock = clock;
    }

    record Joined(GroupMembership membership, boolean fresh) {
    }

    /** Joins an active group, or asks to join a closed one; asking again changes nothing. */
    @Transactional
    Joined join(UUID groupId, UUID memberId) {
        CommunityGroup g = CommunityGroup.locked(groupId);
        if (g == null || !g.isActive()) {
            throw ProblemException.notFound();
        }
        GroupMembership existing = GroupMembership.of(groupId, memberId);
        if (existing != null) {
            return new Joined(existing, false);
        }
        OffsetDateTime now = Times.now(clock);
        GroupMembership m = new GroupMembership();
        m.groupId = groupId;
        m.memberId = memberId;
        m.role = Role.MEMBER;
        m.requestedAt = now;
        if (g.isClosed()) {
            if (GroupMembership.count("memberId = ?1 and status = ?2", memberId, MembershipStatus.PENDING) >= OPEN_REQUESTS) {
                throw ProblemException.of(ProblemType.INVALID_STATE, "problem.invalid-state.too-many-join-requests", OPEN_REQUESTS);
            }
            m.status = MembershipStatus.PENDING;
            m.persist();
            notices.fire(new Notice(NoticeType.GROUP_JOIN_REQUESTED, memberId, subject(g),
                    Recipients.members(GroupMembership.adminIds(g.id))));
        } else {
            m.status = MembershipStatus.ACTIVE;
            m.joinedAt = now;
            m.persist();
            CommunityGroup.countMembers(groupId, 1);
        }
        return new Joined(m, true);
    }

    /** A group admin or HR lets in a member who asked; accepting twice changes nothing. */
    @Transactional
    GroupMembership accept(UUID groupId, UUID memberId, Caller admin) {
        CommunityGroup g = GroupService.managed(groupId, admin);
        GroupMembership m = GroupMembership.of(groupId, memberId);
        if (m == null) {
            throw ProblemException.notFound();
        }
        if (!m.isActive()) {
            m.status = MembershipStatus.ACTIVE;
            m.joinedAt = Times.now(clock);
            CommunityGroup.countMembers(groupId, 1);
            notices.fire(new Notice(NoticeType.GROUP_JOIN_ACCEPTED, admin.id(), subject(g), Recipients.member(memberId)));
        }
        return m;
    }

    /** A group admin or HR turns down a request (404 when there is none waiting). */
    @Transactional
    void decline(UUID groupId, UUID memberId, Caller admin) {
        GroupService.managed(groupId, admin);
        if (GroupMembership.delete("groupId = ?1 and memberId = ?2 and status = ?3", groupId, memberId, MembershipStatus.PENDING) == 0) {
            throw ProblemException.notFound();
        }
    }

    /**
     * A member leaves (or withdraws their request), or a group admin or HR removes them. The last admin of a group
     * with other members stays until they make someone else admin (409).
     */
    @Transactional
    void remove(UUID groupId, UUID memberId, Caller caller) {
        CommunityGroup g;
        if (caller.is(memberId)) {
            g = CommunityGroup.locked(groupId);
            if (g == null) {
                throw ProblemException.notFound();
            }
        } else {
            g = GroupService.managed(groupId, caller);
        }
        GroupMembership m = GroupMembership.of(groupId, memberId);
        if (m == null) {
            throw ProblemException.notFound();
        }
        if (m.isAdmin() && GroupMembership.admins(groupId) == 1
                && GroupMembership.count("groupId = ?1 and status = ?2", groupId, MembershipStatus.ACTIVE) > 1) {
            throw ProblemException.of(ProblemType.INVALID_STATE, "problem.invalid-state.last-group-admin");
        }
        m.delete();
        if (m.isActive()) {
            CommunityGroup.countMembers(groupId, -1);
            left.fire(new GroupLeft(groupId, memberId, g.isClosed(), Times.now(clock)));
        }
    }

    /** A group admin or HR makes an active member admin, or an admin a member again (never the last admin). */
    @Transactional
    GroupMembership changeRole(UUID groupId, UUID memberId, Role role, Caller caller) {
        GroupService.managed(groupId, caller);
        GroupMembership m = GroupMembership.of(groupId, memberId);
        if (m == null || !m.isActive()) {
            throw ProblemException.notFound();
        }
        if (m.role == Role.ADMIN && role == Role.MEMBER && GroupMembership.admins(groupId) == 1) {
            throw ProblemException.of(ProblemType.INVALID_STATE, "problem.invalid-state.last-group-admin");
        }
        m.role = role;
        return m;
    }

    /** One membership, for whoever may list it (see {@link #list}) and for the member themself. */
    @Transactional
    GroupMemberView one(CommunityGroup g, UUID memberId, Caller viewer) {
        GroupMembership m = GroupMembership.of(g.id, memberId);
        if (m == null || (!viewer.is(memberId) && (!viewer.hrAdmin() && blocks.between(viewer.id(), memberId)))) {
            throw ProblemException.notFound();
        }
        if (!viewer.is(memberId)) {
            mayList(g, m.status, viewer);
        }
        return GroupMemberView.of(m, MemberCard.of(memberId));
    }

    private static void mayList(CommunityGroup g, MembershipStatus status, Caller viewer) {
        GroupMembership mine = GroupMembership.of(g.id, viewer.id());
        boolean hr = viewer.hrAdmin();
        if (status == MembershipStatus.PENDING ? !hr && (mine == null || !mine.isAdmin())
                : g.isClosed() && !hr && (mine == null || !mine.isActive())) {
            throw ProblemException.of(ProblemType.FORBIDDEN, status == MembershipStatus.PENDING ? "problem.forbidden.group-admin"
                    : "problem.forbidden.group-members");
        }
    }

    /**
     * A group's members (any member may list an open group's, only its members and HR a closed group's) or the requests
     * waiting (its admins and HR), in the order they came; members a block lies between are left out, as elsewhere.
     */
    @Transactional
    Page<GroupMemberView> list(CommunityGroup g, MembershipStatus status, Caller viewer, int limit, String cursor) {
        ReadOnly.reads(em);
        mayList(g, status, viewer);
        boolean hr = viewer.hrAdmin();
        StringBuilder where = new StringBuilder("groupId = :group and status = :status");
        Map<String, Object> params = new HashMap<>(Map.of("group", g.id, "status", status));
        Set<UUID> hidden = hr ? Set.of() : blocks.hiddenFrom(viewer.id());
        if (!hidden.isEmpty()) {
            where.append(" and memberId not in :hidden");
            params.put("hidden", hidden);
        }
        Keyset.after(cursor, "requestedAt", "memberId", false, where, params);
        List<GroupMembership> rows = GroupMembership.<GroupMembership>find(where + " order by requestedAt, memberId", params)
                .page(0, limit + 1).list();
        return Page.ofBatch(rows, limit, shown -> {
            Map<UUID, MemberCard> cards = MemberCard.byIds(shown.stream().map(m -> m.memberId).toList());
            return shown.stream().map(m -> GroupMemberView.of(m, cards.get(m.memberId))).toList();
        }, m -> Cursor.encode(m.requestedAt, m.memberId));
    }

    private static Notice.Subject subject(CommunityGroup g) {
        return new Notice.Subject(Notice.SubjectKind.GROUP, g.id, g.name);
    }
}
