package app.alumni.event;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import app.alumni.common.OpenApiFilter;
import app.alumni.event.EventEnums.Format;
import app.alumni.event.EventEnums.Rsvp;
import app.alumni.event.EventEnums.Status;
import app.alumni.event.EventRequests.Venue;
import app.alumni.member.GroupAccess;
import app.alumni.member.MemberCard;
import app.alumni.member.Organisation;

/** Response bodies of events. */
final class EventViews {

    private EventViews() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Organiser")
    record Organiser(
            @Schema(description = "The organising member; absent when the organisation itself organises it (through one of HR's "
                    + "systems) or when the organiser has since deleted their account (then named 「退会したメンバー」).", format = "uuid",
                    maxLength = 36, nullable = true) UUID id,
            @Schema(maxLength = 100, example = "人事部") String displayName) {
        static Organiser of(MemberCard m) {
            if (m.former()) {
                return new Organiser(null, MemberCard.FORMER_MEMBER_NAME);
            }
            return new Organiser(m.id(), m.displayName());
        }

        static Organiser organisation(Organisation organisation) {
            return new Organiser(null, organisation.name());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Event", extensions = @Extension(name = OpenApiFilter.VERSIONED, value = "true"),
            description = "An event. `onlineUrl` only for members who are going, the organiser and HR.")
    record EventView(
            @Schema(format = "uuid", maxLength = 36) UUID id,
            @Schema(maxLength = 200) String title,
            @Schema(maxLength = 20000, description = "Markdown text; render it safely.") String description,
            @Schema(format = "date-time", maxLength = 35) OffsetDateTime startsAt,
            @Schema(format = "date-time", maxLength = 35) OffsetDateTime endsAt,
            @Schema(maxLength = 64, example = "Asia/Tokyo") String timeZone,
            Format format,
            @Schema(nullable = true) Venue venue,
            @Schema(format = "uri", maxLength = 500, nullable = true) String onlineUrl,
            @Schema(nullable = true, minimum = "1", maximum = "100000", format = "int32") Integer capacity,
            @Schema(format = "date-time", maxLength = 35, nullable = true) OffsetDateTime rsvpDeadline,
            @Schema(maxItems = 10) List<@Size(max = 50) String> tags,
            Organiser organiser,
            Status status,
            @Schema(maxLength = 1000, nullable = true, description = "The cancellation notice or rejection reason.") String statusMessage,
            @Schema(minimum = "0", maximum = "100000", format = "int32") int goingCount,
            @Schema(minimum = "0", maximum = "2147483647", format = "int32") int waitlistCount,
            @Schema(description = "The caller's own answer; absent when none.", nullable = true) Rsvp myRsvp,
            @Schema(format = "date-time", maxLength = 35) OffsetDateTime createdAt,
            @Schema(format = "date-time", maxLength = 35) OffsetDateTime updatedAt,
            @Schema(nullable = true, description = "The group it is held in.") GroupAccess.GroupRef group) {

        static EventView of(Event e, Organiser organiser, Rsvp myRsvp, boolean showOnlineUrl, GroupAccess.GroupRef group) {
            return new EventView(e.id, e.title, e.description, e.startsAt, e.endsAt, e.timeZone, e.format,
                    e.venueName == null ? null : new Venue(e.venueName, e.venueAddress), showOnlineUrl ? e.onlineUrl : null,
                    e.capacity, e.rsvpDeadline, List.copyOf(e.tags), organiser, e.status, e.statusMessage,
                    e.goingCount, e.waitlistCount, myRsvp, e.createdAt, e.updatedAt, group);
        }
    }

    @Schema(name = "RsvpResult")
    record RsvpResult(Rsvp status, @Schema(minimum = "0", maximum = "100000", format = "int32") int goingCount,
            @Schema(minimum = "0", maximum = "2147483647", format = "int32") int waitlistCount) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Attendee", description = "Someone who answered. Members see only going members' public details; organisers and HR "
            + "see everyone, with check-in; the e-mail address only for HR, or for organisers where the member shows it.")
    record Attendee(
            @Schema(format = "uuid", maxLength = 36) UUID memberId,
            @Schema(maxLength = 50) String displayName,
            @Schema(format = "uri", maxLength = 500, nullable = true) String avatarUrl,
            @Schema(maxLength = 150, nullable = true) String headline,
            Rsvp status,
            @Schema(format = "email", maxLength = 254, nullable = true) String email,
            @Schema(format = "date-time", maxLength = 35, nullable = true) OffsetDateTime requestedAt,
            @Schema(format = "date-time", maxLength = 35, nullable = true) OffsetDateTime checkedInAt) {
    }

    @Schema(name = "CalendarFeed")
    record CalendarFeed(@Schema(format = "uri", maxLength = 300, description = "Secret URL of an iCalendar feed of the events you are "
            + "going to; anyone with it can read that feed.") String url) {
    }
}
