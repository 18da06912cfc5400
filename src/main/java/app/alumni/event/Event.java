package app.alumni.event;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import app.alumni.common.SearchableEntity;
import app.alumni.event.EventEnums.Format;
import app.alumni.event.EventEnums.Status;

/** An event with its seat counters; {@code sequence} grows with every change calendars must pick up. */
@Entity
@Table(name = "event")
public class Event extends SearchableEntity {

    @Id
    public UUID id;
    public String title;
    public String description;
    @Column(name = "starts_at")
    public OffsetDateTime startsAt;
    @Column(name = "ends_at")
    public OffsetDateTime endsAt;
    @Column(name = "time_zone")
    public String timeZone;
    @Enumerated(EnumType.STRING)
    public Format format;
    @Column(name = "venue_name")
    public String venueName;
    @Column(name = "venue_address")
    public String venueAddress;
    @Column(name = "online_url")
    public String onlineUrl;
    public Integer capacity;
    @Column(name = "rsvp_deadline")
    public OffsetDateTime rsvpDeadline;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> tags = new ArrayList<>();
    @Column(name = "organiser_id")
    public UUID organiserId;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "status_message")
    public String statusMessage;
    @Column(name = "going_count")
    public int goingCount;
    @Column(name = "waitlist_count")
    public int waitlistCount;
    public int sequence;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    boolean isListed() {
        return status == Status.PUBLISHED || status == Status.CANCELLED;
    }

    void refreshSearchKeys() {
        indexForSearch(Stream.of(title, description, venueName, venueAddress));
    }
}
