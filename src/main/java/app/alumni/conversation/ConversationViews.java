package app.alumni.conversation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import app.alumni.member.MemberCard;

/** What participants see of conversations and messages, and what they send. */
final class ConversationViews {

    private ConversationViews() {
    }

    @Schema(name = "NewConversation", description = "Whom to talk to (1 to 19 other active members) and the first message.")
    record NewConversation(
            @NotNull @Size(min = 1, max = 19)
            @Schema(maxItems = 19, minItems = 1, uniqueItems = true, required = true) List<@NotNull UUID> participantIds,
            @NotBlank @Size(max = 5000)
            @Schema(maxLength = 5000, required = true, example = "はじめまして。同じ開発本部の出身です。") String message) {
    }

    @Schema(name = "NewMessage", description = "A message: plain text or Markdown (render it safely).")
    record NewMessage(
            @NotBlank @Size(max = 5000) @Schema(maxLength = 5000, required = true, example = "来週お茶しませんか?") String body) {
    }

    @Schema(name = "ReadMark", description = "The newest message read: it and every earlier one count as read.")
    record ReadMark(@NotNull @Schema(format = "uuid", maxLength = 36, required = true) UUID upTo) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Participant", description = "A participant as the caller sees them: the display name only when a block lies "
            + "between them, 「退会したメンバー」 for a former member.")
    record Participant(
            @Schema(format = "uuid", maxLength = 36, nullable = true) UUID id,
            @Schema(maxLength = 50, required = true, example = "花子") String displayName,
            @Schema(format = "uri", maxLength = 500, nullable = true) String avatarUrl,
            @Schema(nullable = true) Boolean formerMember) {

        static Participant of(UUID id, MemberCard card) {
            if (card == null || card.former()) {
                return new Participant(null, MemberCard.FORMER_MEMBER_NAME, null, true);
            }
            if (card.hidden()) {
                return new Participant(null, card.displayName(), null, null);
            }
            return new Participant(id, card.displayName(), card.avatarUrl(), null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "MessagePreview", description = "The latest message, shortened.")
    record MessagePreview(
            @Schema(format = "uuid", maxLength = 36, required = true) UUID id,
            @Schema(format = "uuid", maxLength = 36, nullable = true) UUID authorId,
            @Schema(description = "The first 100 characters; absent when deleted or hidden.", maxLength = 100, nullable = true)
            String text,
            @Schema(required = true) boolean deleted,
            @Schema(format = "date-time", maxLength = 35, required = true) OffsetDateTime createdAt) {

        static MessagePreview of(ConversationMessage m) {
            boolean deleted = m.deletedAt != null;
            String text = deleted || m.hiddenAt != null ? null : m.body.codePointCount(0, m.body.length()) <= 100 ? m.body
                    : m.body.substring(0, m.body.offsetByCodePoints(0, 100));
            return new MessagePreview(m.id, m.authorId, text, deleted, m.createdAt);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Conversation", description = "A conversation: who is in it now, its latest message, and how many messages the "
            + "caller has not read.")
    record ConversationView(
            @Schema(format = "uuid", maxLength = 36, required = true) UUID id,
            @Schema(maxItems = 20, required = true) List<Participant> participants,
            @Schema(nullable = true) MessagePreview lastMessage,
            @Schema(minimum = "0", maximum = "2147483647", format = "int32", required = true) int unreadCount,
            @Schema(format = "date-time", maxLength = 35, required = true) OffsetDateTime lastActivityAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Message", description = "A message; a deleted one, or one a moderator hid after a report, keeps its place "
            + "without its text.")
    record MessageView(
            @Schema(format = "uuid", maxLength = 36, required = true) UUID id,
            @Schema(format = "uuid", maxLength = 36, required = true) UUID conversationId,
            @Schema(required = true) Participant author,
            @Schema(maxLength = 5000, nullable = true, description = "Absent when deleted or hidden.") String body,
            @Schema(required = true) boolean deleted,
            @Schema(required = true, description = "Hidden by a moderator.") boolean hidden,
            @Schema(format = "date-time", maxLength = 35, required = true) OffsetDateTime createdAt) {

        static MessageView of(ConversationMessage m, MemberCard author) {
            boolean shown = m.deletedAt == null && m.hiddenAt == null;
            return new MessageView(m.id, m.conversationId, Participant.of(m.authorId, author), shown ? m.body : null,
                    m.deletedAt != null, m.hiddenAt != null, m.createdAt);
        }
    }
}
