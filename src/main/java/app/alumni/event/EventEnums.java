package app.alumni.event;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
    @Schema(name = "EventStatus", description = "PROPOSED by a member until HR approves (PUBLISHED) or rejects it; a published event may "
            + "be CANCELLED.")
    public enum Status {
        PROPOSED,
        PUBLISHED,
        REJECTED,
        CANCELLED;

        /** Members see these, in lists and calendars; the others only their organiser and HR. */
        static final Set<Status> LISTED = EnumSet.of(PUBLISHED, CANCELLED);

        boolean isListed() {
            return LISTED.contains(this);
        }

        /** The moves of the proposal flow: a proposal is approved or rejected, a published event cancelled. */
        boolean canBecome(Status next) {
            return switch (this) {
                case PROPOSED -> next == PUBLISHED || next == REJECTED;
                case PUBLISHED -> next == CANCELLED;
                case REJECTED, CANCELLED -> false;
            };
        }

        /** The names of {@link #LISTED}, for queries. */
        static List<String> listedNames() {
            return LISTED.stream().map(Enum::name).toList();
        }
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
