package app.alumni.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import app.alumni.member.AccountErased;

/**
 * What notifications keep of an erased member: nothing. Their notifications, preferences, digests, unsubscribe links
 * and mails (sent or not, to the account or its address) go; others' notifications no longer name them as the actor.
 */
@ApplicationScoped
class NotificationErasure {

    private final EntityManager em;

    NotificationErasure(EntityManager em) {
        this.em = em;
    }

    void onAccountErased(@Observes AccountErased erased) {
        for (String sql : new String[] {
                "delete from notification where member_id = :member",
                "update notification set actor_id = null where actor_id = :member",
                "update notice set actor_id = null where actor_id = :member",
                "delete from notification_preference where member_id = :member",
                "delete from digest_delivery where member_id = :member",
                "delete from unsubscribe_token where member_id = :member" }) {
            em.createNativeQuery(sql).setParameter("member", erased.memberId()).executeUpdate();
        }
        // Mails being sent right now are locked by the worker, which may wait for an SMTP server: they are skipped here
        // and removed by the worker's next poll (MailDelivery), so the erasure never waits for mail.
        em.createNativeQuery("""
                delete from mail_outbox where id in (select id from mail_outbox
                  where member_id = :member or lower(recipient) = lower(:email) for update skip locked)""")
                .setParameter("member", erased.memberId()).setParameter("email", erased.formerEmail()).executeUpdate();
    }
}
