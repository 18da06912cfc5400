package app.alumni.notification;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The secret of a member's unsubscribe link for one kind of mail (a notification type, or the digest). It can only
 * turn that mail off, so it is kept as it is (the mails that carry it are rendered from it).
 */
@Entity
class UnsubscribeToken extends PanacheEntityBase {

    @Id
    String token;
    UUID memberId;
    String kind;
}
