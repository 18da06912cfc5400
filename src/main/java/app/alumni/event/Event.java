package app.alumni.event;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import app.alumni.common.ProblemException;
import app.alumni.common.ProblemType;
import app.alumni.common.SearchableEntity;
import app.alumni.event.EventEnums.Format;
import app.alumni.event.EventEnums.Status;
import app.alumni.member.Caller;
import app.alumni.member.Notice;
import app.alumni.member.Scopes;

/** An event with its seat counters; {@code sequence} grows with every change calendars must pick up. */
@Entity
public class Event extends SearchableEntity {

    public String title;
    public String description;
    public OffsetDateTime startsAt;
    public OffsetDateTime endsAt;
    public String timeZone;
    @Enumerated(EnumType.STRING)
    public Format format;
    public String venueName;
    public String venueAddress;
    public String onlineUrl;
    public Integer capacity;
    public OffsetDateTime rsvpDeadline;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> tags = new ArrayList<>();
    public UUID organiserId;
    /** Set instead of {@code organiserId} when one of HR's API clients created it (by the organisation). */
    public UUID organiserClient;
    /** The group it is held in; a closed group's events are for its members and HR only. */
    public UUID groupId;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String statusMessage;
    public int goingCount;
    public int waitlistCount;
    public int sequence;
    public OffsetDateTime updatedAt;
    /** When those going were reminded (a day ahead); cleared when the event moves to a new time. */
    OffsetDateTime remindedAt;

    boolean isListed() {
        return status.isListed();
    }

    /** Its organiser, HR admins and HR's systems with {@code events:write} manage an event. */
    boolean isOrganisedBy(Caller caller) {
        return caller.may(Scopes.EVENTS_WRITE) || caller.is(organiserId);
    }

    /** HR approves a proposal; approving a published event again changes nothing. */
    void approve(OffsetDateTime now) {
        moveTo(Status.PUBLISHED, null, "problem.invalid-state.not-proposed", now);
    }

    /** HR rejects a proposal with a reason its organiser sees; rejecting again changes nothing. */
    void reject(String reason, OffsetDateTime now) {
        moveTo(Status.REJECTED, reason, "problem.invalid-state.not-proposed", now);
    }

    /** The organiser or HR cancels a published event; calendars pick the change up. Cancelling again changes nothing. */
    /** False when it was already cancelled. */
    boolean cancel(String message, OffsetDateTime now) {
        if (moveTo(Status.CANCELLED, message, "problem.invalid-state.event-closed", now)) {
            sequence++;
            return true;
        }
        return false;
    }

    /** Moves to {@code next} where the flow allows it (409 with {@code refusal} otherwise); false when already there. */
    private boolean moveTo(Status next, String message, String refusal, OffsetDateTime now) {
        if (status == next) {
            return false;
        }
        if (!status.canBecome(next)) {
            throw ProblemException.of(ProblemType.INVALID_STATE, refusal, status.name());
        }
        status = next;
        if (message != null) {
            statusMessage = message.strip();
        }
        updatedAt = now;
        return true;
    }

    @Override
    protected Stream<String> searchableFields() {
        return Stream.of(title, description, venueName, venueAddress);
    }

    /** Sets the seat counters, under the event's lock; the version (the organisers' ETag) does not move with answers. */
    static void saveCounts(UUID eventId, int going, int waiting) {
        update("goingCount = ?1, waitlistCount = ?2 where id = ?3", going, waiting, eventId);
    }

    /** What a notification calls the event. */
    Notice.Subject asSubject() {
        return new Notice.Subject(Notice.SubjectKind.EVENT, id, title);
    }

    /** Time, place and link: what members who are coming must hear about when it changes. */
    List<Object> whereAndWhen() {
        return Arrays.asList(startsAt.toInstant(), endsAt.toInstant(), timeZone, format, venueName, venueAddress, onlineUrl);
    }
}
