package app.alumni.event;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.alumni.common.HttpsUrl;
import app.alumni.event.EventEnums.Format;
import app.alumni.event.EventEnums.Rsvp;

/** Request bodies of events. */
final class EventRequests {

    private EventRequests() {
    }

    @Schema(name = "Venue", description = "Where an in-person or hybrid event takes place.")
    record Venue(
            @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200, example = "本社 3F セミナールーム") String name,
            @Size(max = 300) @Schema(maxLength = 300, nullable = true, example = "東京都千代田区丸の内1-1-1") String address) {
    }

    /** The editable fields of an event, as created and as a PATCH (JSON merge patch) changes them. */
    @Schema(name = "EventInput", description = "An event.")
    record EventInput(
            @NotBlank @Size(max = 200) @Schema(maxLength = 200, example = "アルムナイ交流会 2026 秋") String title,
            @Size(max = 20000) @Schema(maxLength = 20000, nullable = true, description = "Markdown text; render it safely.",
                    example = "近況を語り合いましょう。") String description,
            @NotNull @Schema(format = "date-time", maxLength = 35, example = "2026-12-10T19:00:00+09:00") OffsetDateTime startsAt,
            @NotNull @Schema(format = "date-time", maxLength = 35, example = "2026-12-10T21:00:00+09:00") OffsetDateTime endsAt,
            @Size(max = 64) @Pattern(regexp = "^[A-Za-z_]+(/[A-Za-z0-9_+-]+)*$") @Schema(maxLength = 64, nullable = true,
                    description = "IANA time zone; default Asia/Tokyo.", example = "Asia/Tokyo") String timeZone,
            @NotNull Format format,
            @Valid @Schema(nullable = true, description = "Required for IN_PERSON and HYBRID.") Venue venue,
            @Size(max = 500) @HttpsUrl @Schema(format = "uri", maxLength = 500, pattern = HttpsUrl.PATTERN, nullable = true,
                    description = "Required for ONLINE and HYBRID; shown only to members who are going, the organiser and HR.",
                    example = "https://meet.example.com/alumni-2026") String onlineUrl,
            @Min(1) @Max(100000) @Schema(nullable = true, minimum = "1", maximum = "100000", format = "int32",
                    description = "Seats; none means unlimited.", example = "30") Integer capacity,
            @Schema(format = "date-time", maxLength = 35, nullable = true,
                    description = "RSVPs close then; at the latest at the start.") OffsetDateTime rsvpDeadline,
            @Size(max = 10) @Schema(maxItems = 10, example = "[\"交流会\"]") List<@NotBlank @Size(max = 50) String> tags,
            @Schema(format = "uuid", maxLength = 36, nullable = true, description = "Hold it in this group (its members, and HR "
                    + "admins, may); set when the event is created. A closed group's events are seen by its members and HR only.")
            UUID groupId) {
    }

    @Schema(name = "RsvpRequest")
    record RsvpRequest(@NotNull @Schema(required = true, enumeration = { "GOING", "NOT_GOING" }) Rsvp status) {
    }

    @Schema(name = "EventMessage", description = "A message for the change (cancellation notice, rejection reason).")
    record EventMessage(@NotBlank @Size(max = 1000) @Schema(required = true, maxLength = 1000,
            example = "講師の体調不良により中止します。") String message) {
    }
}
