package app.alumni.group;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import com.fasterxml.jackson.databind.JsonNode;

import app.alumni.common.Cursor;
import app.alumni.common.ETags;
import app.alumni.common.Keyset;
import app.alumni.common.MergePatch;
import app.alumni.common.Page;
import app.alumni.common.ProblemException;
import app.alumni.common.ProblemType;
import app.alumni.common.ReadOnly;
import app.alumni.common.TextSearch;
import app.alumni.common.Times;
import app.alumni.group.GroupEnums.Kind;
import app.alumni.group.GroupEnums.MembershipStatus;
import app.alumni.group.GroupEnums.Role;
import app.alumni.group.GroupEnums.Status;
import app.alumni.group.GroupEnums.Visibility;
import app.alumni.group.GroupViews.GroupInput;
import app.alumni.group.GroupViews.GroupView;
import app.alumni.member.Caller;

/**
 * Creating, proposing, reviewing, editing and listing groups. HR's groups are official and active at once; a member's
 * proposal waits for HR, seen only by its proposer and HR. Whoever creates a group is its first admin.
 */
@ApplicationScoped
class GroupService {

    /** Proposals one member may have waiting for HR at a time. */
    static final int OPEN_PROPOSALS = 5;

    private final EntityManager em;
    private final MergePatch mergePatch;
    private final Clock clock;

    GroupService(EntityManager em, MergePatch mergePatch, Clock clock) {
        this.em = em;
        this.mergePatch = mergePatch;
        this.clock = clock;
    }

    @Transactional
    CommunityGroup create(Caller creator, GroupInput input) {
        OffsetDateTime now = Times.now(clock);
        boolean hr = creator.hrAdmin();
        if (!hr && CommunityGroup.count("createdBy = ?1 and status = ?2", creator.id(), Status.PROPOSED) >= OPEN_PROPOSALS) {
            throw ProblemException.of(ProblemType.INVALID_STATE, "problem.invalid-state.too-many-group-proposals", OPEN_PROPOSALS);
        }
        CommunityGroup g = new CommunityGroup();
        apply(g, input);
        g.status = hr ? Status.ACTIVE : Status.PROPOSED;
        g.official = hr;
        g.createdBy = creator.id();
        g.createdAt = now;
        g.updatedAt = now;
        g.memberCount = 1;
        saved(g);
        GroupMembership admin = new GroupMembership();
        admin.groupId = g.id;
        admin.memberId = creator.id();
        admin.role = Role.ADMIN;
        admin.status = MembershipStatus.ACTIVE;
        admin.requestedAt = now;
        admin.joinedAt = now;
        admin.persist();
        return g;
    }

    /** Active groups for every member; a proposal or rejection for its proposer and HR only (404 for anyone else). */
    @Transactional
    CommunityGroup visible(UUID id, Caller viewer) {
        CommunityGroup g = CommunityGroup.findById(id);
        if (g == null || (!g.isActive() && !viewer.hrAdmin() && !viewer.is(g.createdBy))) {
            throw ProblemException.notFound();
        }
        return g;
    }

    @Transactional
    GroupView view(CommunityGroup g, Caller viewer) {
        return GroupView.of(g, GroupMembership.of(g.id, viewer.id()), reviewer(g, viewer));
    }

    /** Its admins and HR edit a group (JSON merge patch); opening a closed group lets in who asked to join. */
    @Transactional
    CommunityGroup edit(UUID id, Caller editor, JsonNode patch, String ifMatch) {
        CommunityGroup g = managed(id, editor);
        if (g.status == Status.REJECTED) {
            throw ProblemException.of(ProblemType.INVALID_STATE, "problem.invalid-state.group-rejected");
        }
        ETags.check(ifMatch, g.version);
        GroupInput input = mergePatch.apply(new GroupInput(g.name, g.description, g.kind, g.visibility), patch, GroupInput.class);
        boolean opened = g.isClosed() && input.visibility() == Visibility.OPEN;
        apply(g, input);
        g.updatedAt = Times.now(clock);
        saved(g);
        if (opened) {
            int admitted = GroupMembership.update("status = ?1, joinedAt = ?2 where groupId = ?3 and status = ?4", MembershipStatus.ACTIVE,
                    g.updatedAt, g.id, MembershipStatus.PENDING);
            CommunityGroup.countMembers(g.id, admitted);
            em.refresh(g);
        }
        return g;
    }

    @Transactional
    CommunityGroup approve(UUID id) {
        CommunityGroup g = existing(id);
        g.review(Status.ACTIVE, null, Times.now(clock));
        return g;
    }

    @Transactional
    CommunityGroup reject(UUID id, String message) {
        CommunityGroup g = existing(id);
        g.review(Status.REJECTED, message, Times.now(clock));
        return g;
    }

    /**
     * Active groups newest first, by kind and words; the caller's own groups (any status) with {@code mine}; proposals
     * or rejections, oldest first, for HR.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    Page<GroupView> list(String q, Kind kind, boolean mine, Status status, int limit, String cursor, Caller viewer) {
        ReadOnly.reads(em);
        boolean review = !mine && status != null && status != Status.ACTIVE;
        if (review && !viewer.hrAdmin()) {
            throw ProblemException.of(ProblemType.FORBIDDEN, "problem.forbidden.group-proposals");
        }
        StringBuilder sql = new StringBuilder("select g.* from ");
        Map<String, Object> params = new LinkedHashMap<>();
        if (mine) {
            sql.append("group_membership gm join community_group g on g.id = gm.group_id where gm.member_id = :viewer");
            params.put("viewer", viewer.id());
            if (status != null) {
                sql.append(" and g.status = :status");
                params.put("status", status.name());
            }
        } else {
            sql.append("community_group g where g.status = :status");
            params.put("status", status == null ? Status.ACTIVE.name() : status.name());
        }
        if (kind != null) {
            sql.append(" and g.kind = :kind");
            params.put("kind", kind.name());
        }
        TextSearch.appendConditions(sql, params, "g", TextSearch.terms(q));
        Keyset.after(cursor, "g.created_at", "g.id", !review, sql, params);
        String direction = review ? "" : " desc";
        sql.append(" order by g.created_at").append(direction).append(", g.id").append(direction).append(" limit ").append(limit + 1);
        Query query = em.createNativeQuery(sql.toString(), CommunityGroup.class);
        params.forEach(query::setParameter);
        List<CommunityGroup> rows = query.getResultList();
        return Page.ofBatch(rows, limit, shown -> {
            Map<UUID, GroupMembership> memberships = GroupMembership.ofMember(viewer.id(), shown.stream().map(g -> g.id).toList());
            return shown.stream().map(g -> GroupView.of(g, memberships.get(g.id), reviewer(g, viewer))).toList();
        }, g -> Cursor.encode(g.createdAt, g.id));
    }

    /** The group, locked, for one of its admins or HR (403 for other members who may see it, 404 for the rest). */
    static CommunityGroup managed(UUID id, Caller caller) {
        CommunityGroup g = CommunityGroup.locked(id);
        if (g == null || (!g.isActive() && !caller.hrAdmin() && !caller.is(g.createdBy))) {
            throw ProblemException.notFound();
        }
        if (!caller.hrAdmin()) {
            GroupMembership mine = GroupMembership.of(id, caller.id());
            if (mine == null || !mine.isAdmin()) {
                throw ProblemException.of(ProblemType.FORBIDDEN, "problem.forbidden.group-admin");
            }
        }
        return g;
    }

    private static CommunityGroup existing(UUID id) {
        CommunityGroup g = CommunityGroup.locked(id);
        if (g == null) {
            throw ProblemException.notFound();
        }
        return g;
    }

    private static boolean reviewer(CommunityGroup g, Caller viewer) {
        return viewer.hrAdmin() || viewer.is(g.createdBy);
    }

    private static void apply(CommunityGroup g, GroupInput input) {
        g.name(input.name());
        g.description = input.description() == null ? "" : input.description().strip();
        g.kind = input.kind();
        g.visibility = input.visibility();
    }

    /** Writes the group now, so that a name another live group has is a 409 here (a unique index settles races). */
    private static void saved(CommunityGroup g) {
        try {
            g.persistAndFlush();
        } catch (PersistenceException e) {
            if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                throw ProblemException.of(ProblemType.INVALID_STATE, "problem.invalid-state.group-name-taken");
            }
            throw e;
        }
    }
}
