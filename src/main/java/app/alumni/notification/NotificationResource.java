package app.alumni.notification;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

import app.alumni.common.Messages;
import app.alumni.common.Page;
import app.alumni.common.PageRequest;
import app.alumni.member.Caller;
import app.alumni.member.Role;
import io.smallrye.mutiny.Multi;

@Path("/api/v1/notifications")
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ACTIVE_MEMBER)
public class NotificationResource {

    private final NotificationService notifications;
    private final NotificationStream stream;
    private final Caller caller;

    NotificationResource(NotificationService notifications, NotificationStream stream, Caller caller) {
        this.notifications = notifications;
        this.stream = stream;
        this.caller = caller;
    }

    @Schema(name = "UnreadCount")
    record UnreadCount(@Schema(minimum = "0", maximum = "9223372036854775807", example = "3") long count) {
    }

    @GET
    @Operation(operationId = "listNotifications", summary = "My notifications",
            description = "Any active member, their own only. Newest first, keyset-paginated; `unreadOnly=true` for the unread ones. "
                    + "`text` is in the language of `Accept-Language`.")
    @APIResponse(responseCode = "200", description = "One page of notifications.")
    public Page<NotificationView> list(
            @Parameter(description = "Only unread notifications.") @QueryParam("unreadOnly") boolean unreadOnly,
            @Valid @BeanParam PageRequest page, HttpHeaders headers) {
        return notifications.list(caller.id(), unreadOnly, page.limit(), page.cursor(), Messages.pick(headers.getAcceptableLanguages()));
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(operationId = "streamNotifications", summary = "My new notifications, live",
            description = "Any active member, their own. Server-Sent Events: each new notification as one `data:` JSON event (the same "
                    + "object as in the list), whichever server instance the change happened on, until the client disconnects. "
                    + "`text` is in the language of `Accept-Language`.")
    @APIResponse(responseCode = "200", description = "An endless stream of notifications.",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(implementation = NotificationView.class)))
    public Multi<NotificationView> stream(HttpHeaders headers) {
        return stream.of(caller.id(), Messages.pick(headers.getAcceptableLanguages()));
    }

    @GET
    @Path("/unread-count")
    @Operation(operationId = "countUnreadNotifications", summary = "How many of my notifications are unread",
            description = "Any active member: the badge number.")
    @APIResponse(responseCode = "200", description = "The number of unread notifications.")
    public UnreadCount unreadCount() {
        return new UnreadCount(notifications.unread(caller.id()));
    }

    @POST
    @Path("/{id}/read")
    @Operation(operationId = "readNotification", summary = "Mark a notification read",
            description = "Its member only (another member's is 404). Marking it again changes nothing.")
    @APIResponse(responseCode = "204", description = "Read.")
    public void read(@Parameter(description = "Notification id.") @PathParam("id") UUID id) {
        notifications.read(caller.id(), id);
    }

    @POST
    @Path("/read-all")
    @Operation(operationId = "readAllNotifications", summary = "Mark all my notifications read",
            description = "Any active member, their own.")
    @APIResponse(responseCode = "204", description = "All read.")
    public void readAll() {
        notifications.readAll(caller.id());
    }
}
