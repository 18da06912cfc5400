package app.alumni.event;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A member's calendar subscription token (written by {@link CalendarFeeds} as upserts, so first uses never collide). */
@Entity
class CalendarFeed extends PanacheEntityBase {

    @Id
    UUID memberId;
    String token;
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
