package app.alumni.member;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.alumni.common.ProblemException;
import app.alumni.common.ProblemType;

/**
 * Who sees what a group holds, for the features whose content can belong to one (posts, events). The groups feature
 * owns the groups; the rule lives here so that those features need not import it: an open group's content is for
 * everyone, a closed group's for its active members and HR admins, everywhere it is read.
 */
public final class GroupAccess {

    private GroupAccess() {
    }

    /** What content shows of its group. */
    @Schema(name = "GroupRef", description = "The group the item belongs to.")
    public record GroupRef(
            @Schema(format = "uuid", maxLength = 36, required = true) UUID id,
            @Schema(maxLength = 80, required = true, example = "福岡アルムナイ会") String name,
            @Schema(required = true, description = "Only its members and HR admins see its content.") boolean closed) {
    }

    /**
     * The SQL condition "the row whose group id is {@code column} is visible to the member {@code :viewer}": no group,
     * an open group, or a group the viewer is an active member of. HR admins see everything: callers leave it out.
     * Both lookups are primary-key probes, so a page stays one index range whatever the number of groups.
     */
    public static String visibleTo(String column) {
        return "(" + column + " is null"
                + " or exists (select 1 from community_group vg where vg.id = " + column + " and vg.visibility = 'OPEN')"
                + " or exists (select 1 from group_membership vm where vm.group_id = " + column
                + " and vm.member_id = :viewer and vm.status = 'ACTIVE'))";
    }

    /** Whether the caller sees the content of this group (none: yes). */
    public static boolean sees(UUID groupId, Caller caller) {
        return caller.hrAdmin() || sees(groupId, caller.id());
    }

    /** Whether the member sees the content of this group as a member does (none: yes). */
    public static boolean sees(UUID groupId, UUID memberId) {
        if (groupId == null) {
            return true;
        }
        // The same rule the lists apply, for one group.
        return ((Number) Member.getEntityManager().createNativeQuery("select count(*) from community_group g where g.id = :group and "
                + visibleTo("g.id")).setParameter("group", groupId).setParameter("viewer", memberId).getSingleResult()).longValue() > 0;
    }

    /**
     * Checks that the caller may add content to the group: it is active, and they are an active member of it or an HR
     * admin. 400 on {@code groupId} for a group that is not active (or not there), 403 for one they are not in.
     */
    public static void checkContributor(UUID groupId, Caller caller) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Member.getEntityManager().createNativeQuery("""
                select g.id, g.status, (select m.status from group_membership m where m.group_id = g.id and m.member_id = :member)
                from community_group g where g.id = :group""").setParameter("group", groupId).setParameter("member", caller.id())
                .getResultList();
        if (rows.isEmpty() || !"ACTIVE".equals(rows.get(0)[1])) {
            throw ProblemException.invalid("groupId", "validation.group-unknown");
        }
        if (!"ACTIVE".equals(rows.get(0)[2]) && !caller.hrAdmin()) {
            throw ProblemException.of(ProblemType.FORBIDDEN, "problem.forbidden.group-contributor");
        }
    }

    /**
     * Checks that the caller may read the group's content: 404 when no active group has the id, 403 for a closed group
     * they are not in (HR admins read every group's).
     */
    public static void checkReader(UUID groupId, Caller caller) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Member.getEntityManager().createNativeQuery("""
                select g.visibility, (select m.status from group_membership m where m.group_id = g.id and m.member_id = :member)
                from community_group g where g.id = :group and g.status = 'ACTIVE'""").setParameter("group", groupId)
                .setParameter("member", caller.id()).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound();
        }
        if ("CLOSED".equals(rows.get(0)[0]) && !"ACTIVE".equals(rows.get(0)[1]) && !caller.hrAdmin()) {
            throw ProblemException.of(ProblemType.FORBIDDEN, "problem.forbidden.group-content");
        }
    }

    /** Whether the member is an admin of the group (they moderate its content). */
    public static boolean isAdmin(UUID groupId, UUID memberId) {
        if (groupId == null || memberId == null) {
            return false;
        }
        return ((Number) Member.getEntityManager().createNativeQuery("select count(*) from group_membership where group_id = :group"
                + " and member_id = :member and status = 'ACTIVE' and role = 'ADMIN'").setParameter("group", groupId)
                .setParameter("member", memberId).getSingleResult()).longValue() > 0;
    }

    /** What a notification about the group's activity calls it. */
    public static Notice.Subject subject(UUID groupId) {
        String name = (String) Member.getEntityManager().createNativeQuery("select name from community_group where id = :group")
                .setParameter("group", groupId).getSingleResult();
        return new Notice.Subject(Notice.SubjectKind.GROUP, groupId, name);
    }

    /** The groups by id, in one statement; unknown ids are left out. */
    @SuppressWarnings("unchecked")
    public static Map<UUID, GroupRef> refs(Collection<UUID> ids) {
        Set<UUID> known = ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        if (known.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = Member.getEntityManager().createNativeQuery("select id, name, visibility from community_group where id in "
                + "(:ids)").setParameter("ids", known).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (UUID) r[0], r -> new GroupRef((UUID) r[0], (String) r[1],
                "CLOSED".equals(r[2]))));
    }
}
