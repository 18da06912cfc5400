package app.alumni.event;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.alumni.common.ProblemException;

/** The calendar subscription feeds that calendar apps poll: the secret token in the URL is the credential. */
@Path("/api/v1/calendar-feeds")
@Tag(name = "Events")
public class PublicCalendarFeedResource {

    private final EventService events;
    private final CalendarFeeds feeds;
    private final Calendars calendars;

    PublicCalendarFeedResource(EventService events, CalendarFeeds feeds, Calendars calendars) {
        this.events = events;
        this.feeds = feeds;
        this.calendars = calendars;
    }

    @GET
    @Path("/{feedId}.ics")
    @Produces(Calendars.MEDIA_TYPE)
    @PermitAll
    @SecurityRequirements
    @Operation(operationId = "getCalendarFeed", summary = "A calendar subscription",
            description = "Public, for calendar apps, which poll it without a bearer token: whoever knows the URL can read the feed, so "
                    + "it is unguessable and replaceable. The events its member is going to, from a month ago on, as RFC 5545 iCalendar.")
    @APIResponse(responseCode = "200", description = "The calendar.",
            content = @Content(mediaType = Calendars.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary",
                    maxLength = 10000000, description = "An RFC 5545 VCALENDAR, UTF-8.")))
    public Response subscription(@Parameter(description = "The feed's unguessable id, from `GET /api/v1/members/me/calendar-feed`.",
            schema = @Schema(type = SchemaType.STRING, maxLength = 64, pattern = "^[A-Za-z0-9_-]+$")) @PathParam("feedId") String feedId) {
        var member = feeds.memberOf(feedId).orElseThrow(ProblemException::notFound);
        return Response.ok(calendars.write(events.goingTo(member), e -> true), Calendars.MEDIA_TYPE + "; charset=UTF-8").build();
    }
}
