package app.alumni.event;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A member's calendar subscription token (written by {@link CalendarFeeds} as upserts, so first uses never collide). */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed extends PanacheEntityBase {

    @Id
    @Column(name = "member_id")
    UUID memberId;
    String token;
    @Column(name = "created_at")
    OffsetDateTime createdAt;

    static String tokenOf(UUID memberId) {
        return getEntityManager().createQuery("select f.token from CalendarFeed f where f.memberId = :m", String.class)
                .setParameter("m", memberId).getSingleResult();
    }

    static Optional<UUID> memberOf(String token) {
        return getEntityManager().createQuery("select f.memberId from CalendarFeed f where f.token = :t", UUID.class)
                .setParameter("t", token).getResultStream().findFirst();
    }
}
