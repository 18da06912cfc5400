package app.alumni.group;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import app.alumni.member.AccountErased;

/**
 * An erased member leaves every group (the counts drop with them) and their requests go; the groups they created stay,
 * no longer naming them.
 */
@ApplicationScoped
class GroupErasure {

    private final EntityManager em;

    GroupErasure(EntityManager em) {
        this.em = em;
    }

    void onAccountErased(@Observes AccountErased erased) {
        em.createNativeQuery("""
                with gone as (delete from group_membership where member_id = :member returning group_id, status)
                update community_group g set member_count = g.member_count - 1
                from gone where gone.group_id = g.id and gone.status = 'ACTIVE'""")
                .setParameter("member", erased.memberId()).executeUpdate();
        em.createNativeQuery("update community_group set created_by = null where created_by = :member")
                .setParameter("member", erased.memberId()).executeUpdate();
    }
}
