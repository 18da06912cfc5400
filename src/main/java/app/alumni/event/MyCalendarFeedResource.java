package app.alumni.event;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.alumni.common.PublicLinks;
import app.alumni.event.EventViews.CalendarFeed;
import app.alumni.member.Caller;
import app.alumni.member.Role;

/**
 * A member's calendar subscription: the secret URL (managed with a bearer token) and the feed itself, which calendar
 * apps poll without one.
 */
@Path("/api/v1/members/me/calendar-feed")
@Tag(name = "Events")
public class MyCalendarFeedResource {

    private final CalendarFeeds feeds;
    private final PublicLinks links;
    private final Caller caller;

    MyCalendarFeedResource(CalendarFeeds feeds, PublicLinks links, Caller caller) {
        this.feeds = feeds;
        this.links = links;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ACTIVE_MEMBER)
    @Operation(operationId = "getMyCalendarFeed", summary = "My calendar subscription URL",
            description = "A secret URL that calendar apps can poll without a token, listing the events I am going to. Keep it private; "
                    + "replace it with POST.")
    @APIResponse(responseCode = "200", description = "The URL.")
    public CalendarFeed feed() {
        return new CalendarFeed(urlOf(feeds.tokenOf(caller.id())));
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ACTIVE_MEMBER)
    @Operation(operationId = "replaceMyCalendarFeed", summary = "Replace my calendar subscription URL",
            description = "A new secret URL; the old one stops working at once.")
    @APIResponse(responseCode = "200", description = "The new URL.")
    public CalendarFeed replace() {
        return new CalendarFeed(urlOf(feeds.rotate(caller.id())));
    }

    /** From the configured public base URL: a request's Host header must not decide where a secret URL points. */
    private String urlOf(String token) {
        return links.url("/api/v1/calendar-feeds/" + token + ".ics");
    }
}
