package app.alumni.roster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import app.alumni.member.AccountErased;

/**
 * The roster entry of an erased member is HR's employment record and stays, unlinked from the account. The member's
 * invitations to former colleagues (their addresses, the member's messages) go; HR's invitation they accepted stays,
 * no longer naming the account.
 */
@ApplicationScoped
class RosterErasure {

    private final EntityManager em;

    RosterErasure(EntityManager em) {
        this.em = em;
    }

    void onAccountErased(@Observes AccountErased erased) {
        em.createNativeQuery("update roster_entry set member_id = null, updated_at = :now, version = version + 1"
                + " where member_id = :member").setParameter("member", erased.memberId()).setParameter("now", erased.at()).executeUpdate();
        em.createNativeQuery("delete from invitation where kind = 'MEMBER' and invited_by = :member")
                .setParameter("member", erased.memberId()).executeUpdate();
        em.createNativeQuery("update invitation set accepted_by = null where accepted_by = :member")
                .setParameter("member", erased.memberId()).executeUpdate();
    }
}
