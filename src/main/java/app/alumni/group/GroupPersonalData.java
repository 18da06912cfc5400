package app.alumni.group;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;

import app.alumni.common.PersonalData;

/** The groups the member is in or asked to join, and the groups they proposed. */
@ApplicationScoped
class GroupPersonalData {

    @Produces
    PersonalData groups(EntityManager em) {
        return PersonalData.rows(em, "groups", """
                select g.id as "groupId", g.name as "name", m.role as "role", m.status as "status", m.requested_at as "requestedAt",
                       m.joined_at as "joinedAt", (g.created_by = m.member_id) as "proposedByMe"
                from group_membership m join community_group g on g.id = m.group_id
                where m.member_id = :member order by m.requested_at, g.id""");
    }
}
