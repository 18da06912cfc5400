package app.alumni.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The small vocabularies of events. */
public final class EventEnums {

    private EventEnums() {
    }

    @Schema(name = "EventFormat", description = "Where an event takes place.")
    public enum Format {
        ONLINE,
        IN_PERSON,
        HYBRID;

        boolean needsVenue() {
            return this != ONLINE;
        }

        boolean needsOnlineUrl() {
            return this != IN_PERSON;
        }
    }

    /** PROPOSED by a member until HR approves (PUBLISHED) or rejects it; a published event may be CANCELLED. */
    @Schema(name = "EventStatus", description = "PROPOSED by a member until HR approves (PUBLISHED) or rejects it; a published event may be CANCELLED.")
    public enum Status {
        PROPOSED,
        PUBLISHED,
        REJECTED,
        CANCELLED
    }

    @Schema(name = "RsvpStatus", description = "A member's answer to an event.")
    public enum Rsvp {
        GOING,
        WAITLISTED,
        NOT_GOING
    }

    @Schema(name = "EventPeriod", description = "Upcoming (not yet over) or past events.")
    public enum When {
        UPCOMING,
        PAST
    }
}
