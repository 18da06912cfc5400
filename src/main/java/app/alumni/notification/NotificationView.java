package app.alumni.notification;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.alumni.member.MemberCard;
import app.alumni.member.Notice;
import app.alumni.member.NoticeType;

@Schema(name = "Notification", description = "Something that happened that concerns the member, with a sentence in their language.")
record NotificationView(
        @Schema(format = "uuid", maxLength = 36) UUID id,
        NoticeType type,
        @Schema(format = "date-time", maxLength = 35, example = "2026-11-25T09:30:00Z") OffsetDateTime createdAt,
        @Schema(description = "When the member read it; null while unread.", format = "date-time", maxLength = 35,
                nullable = true) OffsetDateTime readAt,
        @Schema(description = "Who did it; null for the company's own notices (a reminder, say) or a deleted account.",
                nullable = true) Actor actor,
        Notice.Subject subject,
        @Schema(description = "How many times it happened since the member last read it (reactions collapse into one notification "
                + "per post, new messages into one per conversation).", minimum = "1", maximum = "2147483647", example = "3") int count,
        @Schema(description = "The notification as a sentence, in `Accept-Language` (Japanese or English).", maxLength = 400,
                example = "花子さんが「福岡でもくもく会をやりませんか?」にコメントしました") String text) {

    @Schema(name = "NotificationActor", description = "The member who acted.")
    record Actor(
            @Schema(format = "uuid", maxLength = 36) UUID id,
            @Schema(maxLength = 50, example = "花子") String displayName,
            @Schema(format = "uri", maxLength = 500, nullable = true) String avatarUrl) {
    }

    static NotificationView of(Notification n, MemberCard actor, Locale locale) {
        return new NotificationView(n.id, n.type, n.createdAt, n.readAt,
                actor == null ? null : new Actor(actor.id(), actor.displayName(), actor.avatarUrl()),
                new Notice.Subject(n.subjectKind, n.subjectId, n.subjectTitle), n.count,
                Texts.of(locale, n.type, actor == null ? null : actor.displayName(), n.subjectTitle, n.count, n.params));
    }
}
