package app.alumni.event;

/** The small vocabularies of events. */
public final class EventEnums {

    private EventEnums() {
    }

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
    public enum Status {
        PROPOSED,
        PUBLISHED,
        REJECTED,
        CANCELLED
    }

    public enum Rsvp {
        GOING,
        WAITLISTED,
        NOT_GOING
    }

    public enum When {
        UPCOMING,
        PAST
    }
}
