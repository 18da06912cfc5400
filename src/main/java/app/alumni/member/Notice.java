package app.alumni.member;

import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Something members should hear about, fired inside the transaction of the change that causes it. The notifications
 * feature keeps it with that change and, once it commits, tells its audience in the app and by e-mail, as each member
 * prefers. Nobody hears of their own action: the actor is never notified. {@code params} are what the text shows
 * beyond the subject's title (a count, a status).
 */
public record Notice(NoticeType type, UUID actorId, Subject subject, Recipients recipients, Map<String, String> params) {

    public Notice {
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    public Notice(NoticeType type, UUID actorId, Subject subject, Recipients recipients) {
        this(type, actorId, subject, recipients, Map.of());
    }

    /** The first words of a text, on one line: what a notification calls an untitled post or a feedback item. */
    public static String firstWords(String text) {
        String line = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return line.length() <= 40 ? line : line.substring(0, 39) + "…";
    }

    /**
     * What a member was told about is done (they answered the survey they were asked to): their unread notifications
     * about the subject become read and leave their digest.
     */
    public record Settled(UUID memberId, SubjectKind kind, UUID subjectId) {
    }

    /** What a notice is about, as a client links to it. */
    @Schema(name = "NotificationSubject", description = "What the notification is about: open it by kind and id.")
    public record Subject(
            SubjectKind kind,
            @Schema(format = "uuid", maxLength = 36) UUID id,
            @Schema(description = "Its title (a post's first words when it has none).", maxLength = 200,
                    example = "アルムナイ交流会") String title) {
    }

    @Schema(name = "NotificationSubjectKind")
    public enum SubjectKind {
        POST,
        EVENT,
        LISTING,
        APPLICATION,
        SURVEY,
        FEEDBACK,
        WEBHOOK,
        CONVERSATION,
        GROUP
    }
}
