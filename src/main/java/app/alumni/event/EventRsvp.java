package app.alumni.event;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

import app.alumni.event.EventEnums.Rsvp;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A member's answer to an event. Answers are written by {@link RsvpService} in SQL under the event's lock (an upsert
 * stamped with the moment the lock was taken, which orders the waitlist); this mapping is for reading them.
 */
@Entity
@IdClass(EventRsvp.Key.class)
class EventRsvp extends PanacheEntityBase {

    record Key(UUID eventId, UUID memberId) implements Serializable {
    }

    @Id
    UUID eventId;
    @Id
    UUID memberId;
    @Enumerated(EnumType.STRING)
    Rsvp status;
    OffsetDateTime requestedAt;
    OffsetDateTime updatedAt;
    OffsetDateTime checkedInAt;

    /** An answer as read (a projection: answers change in SQL, so reads never hold managed rows). */
    record Answer(UUID eventId, UUID memberId, Rsvp status, OffsetDateTime requestedAt, OffsetDateTime checkedInAt) {
    }

    /** The members going to the event. */
    static List<UUID> going(UUID eventId) {
        return find("eventId = ?1 and status = ?2 and memberId is not null", eventId, Rsvp.GOING).project(Answer.class).list().stream()
                .map(Answer::memberId).toList();
    }

    /** The members going to or waitlisted for the event. */
    static List<UUID> comingTo(UUID eventId) {
        return find("eventId = ?1 and status in ?2 and memberId is not null", eventId, Set.of(Rsvp.GOING, Rsvp.WAITLISTED))
                .project(Answer.class).list().stream().map(Answer::memberId).toList();
    }

    /** A member's answers to these events, by event id, in one statement. */
    static Map<UUID, Rsvp> answersOf(UUID memberId, Collection<UUID> eventIds) {
        if (eventIds.isEmpty() || memberId == null) {
            return Map.of();
        }
        return find("memberId = ?1 and eventId in ?2", memberId, Set.copyOf(eventIds)).project(Answer.class).list().stream()
                .collect(Collectors.toMap(Answer::eventId, Answer::status));
    }
}
