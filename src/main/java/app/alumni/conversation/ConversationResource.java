package app.alumni.conversation;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import app.alumni.common.Page;
import app.alumni.common.PageRequest;
import app.alumni.common.Responses;
import app.alumni.conversation.ConversationViews.ConversationView;
import app.alumni.conversation.ConversationViews.MessageView;
import app.alumni.conversation.ConversationViews.NewConversation;
import app.alumni.conversation.ConversationViews.NewMessage;
import app.alumni.conversation.ConversationViews.ReadMark;
import app.alumni.member.Caller;
import app.alumni.member.Role;

@Path("/api/v1/conversations")
@Tag(name = "Conversations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ACTIVE_MEMBER)
public class ConversationResource {

    private final Conversations conversations;
    private final Caller caller;

    ConversationResource(Conversations conversations, Caller caller) {
        this.conversations = conversations;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "startConversation", summary = "Start a conversation",
            description = "Active members, with 1 to 19 other active members (404 for an unknown or inactive one) and a first "
                    + "message. With one other member, the conversation the two already have is used (200). 403 "
                    + "`messaging-not-allowed` when someone takes no new conversations or a block lies between us (it does not say "
                    + "which). At most 20 new conversations a day (429).")
    @APIResponse(responseCode = "201", description = "Started.",
            content = @Content(schema = @Schema(implementation = ConversationView.class)))
    @APIResponse(responseCode = "200", description = "The conversation of two that already was, with the message added.",
            content = @Content(schema = @Schema(implementation = ConversationView.class)))
    public RestResponse<ConversationView> start(@Valid @NotNull NewConversation request) {
        Conversations.Started started = conversations.start(caller.id(), request.participantIds(), request.message());
        return started.fresh() ? Responses.created("/api/v1/conversations/" + started.conversation().id(), started.conversation())
                : RestResponse.ok(started.conversation());
    }

    @GET
    @Operation(operationId = "listConversations", summary = "My conversations",
            description = "Active members. Latest activity first, each with who is in it, its latest message and how many messages I "
                    + "have not read.")
    @APIResponse(responseCode = "200", description = "One page of conversations.")
    public Page<ConversationView> list(@Valid @BeanParam PageRequest page) {
        return conversations.mine(caller.id(), page.limit(), page.cursor());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getConversation", summary = "A conversation",
            description = "Participants only (404 for anyone else, HR included).")
    @APIResponse(responseCode = "200", description = "The conversation.")
    public ConversationView get(@Parameter(description = "Conversation id.") @PathParam("id") UUID id) {
        return conversations.get(caller.id(), id);
    }

    @GET
    @Path("/{id}/messages")
    @Operation(operationId = "listMessages", summary = "A conversation's messages",
            description = "Participants only (404 for anyone else, HR included). Newest first.")
    @APIResponse(responseCode = "200", description = "One page of messages.")
    public Page<MessageView> messages(@Parameter(description = "Conversation id.") @PathParam("id") UUID id,
            @Valid @BeanParam PageRequest page) {
        return conversations.messages(caller.id(), id, page.limit(), page.cursor());
    }

    @POST
    @Path("/{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "sendMessage", summary = "Write in a conversation",
            description = "Participants only (404 for anyone else). 403 `messaging-not-allowed` when a block lies between me and "
                    + "someone in it. At most 30 messages a minute (429).")
    @APIResponse(responseCode = "201", description = "Sent.", content = @Content(schema = @Schema(implementation = MessageView.class)))
    public RestResponse<MessageView> send(@Parameter(description = "Conversation id.") @PathParam("id") UUID id,
            @Valid @NotNull NewMessage request) {
        MessageView sent = conversations.post(caller.id(), id, request.body());
        return Responses.created("/api/v1/conversations/" + id + "/messages/" + sent.id(), sent);
    }

    @GET
    @Path("/{id}/messages/{messageId}")
    @Operation(operationId = "getMessage", summary = "A message",
            description = "Participants only (404 for anyone else, HR included).")
    @APIResponse(responseCode = "200", description = "The message.")
    public MessageView message(@Parameter(description = "Conversation id.") @PathParam("id") UUID id,
            @Parameter(description = "Message id.") @PathParam("messageId") UUID messageId) {
        return conversations.message(caller.id(), id, messageId);
    }

    @DELETE
    @Path("/{id}/messages/{messageId}")
    @Operation(operationId = "deleteMessage", summary = "Delete my message",
            description = "Its author only (403 for anyone else's). It keeps its place, shown as deleted, without its text.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@Parameter(description = "Conversation id.") @PathParam("id") UUID id,
            @Parameter(description = "Message id.") @PathParam("messageId") UUID messageId) {
        conversations.delete(caller.id(), id, messageId);
    }

    @POST
    @Path("/{id}/read")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "markConversationRead", summary = "Mark read",
            description = "Participants only. The message `upTo` and every earlier one count as read (never back).")
    @APIResponse(responseCode = "204", description = "Marked.")
    public void read(@Parameter(description = "Conversation id.") @PathParam("id") UUID id, @Valid @NotNull ReadMark mark) {
        conversations.read(caller.id(), id, mark.upTo());
    }

    @POST
    @Path("/{id}/leave")
    @Operation(operationId = "leaveConversation", summary = "Leave a conversation",
            description = "Participants only. The conversation is no longer mine to read; the others go on. Starting a conversation "
                    + "of two again brings me back to it.")
    @APIResponse(responseCode = "204", description = "Left.")
    public void leave(@Parameter(description = "Conversation id.") @PathParam("id") UUID id) {
        conversations.leave(caller.id(), id);
    }
}
