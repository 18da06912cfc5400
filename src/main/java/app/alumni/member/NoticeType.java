package app.alumni.member;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The kinds of notification; each member chooses per kind whether it shows in the app and how it is mailed. */
@Schema(name = "NotificationType")
public enum NoticeType {
    ANNOUNCEMENT_PUBLISHED(Mailing.INSTANT),
    POST_COMMENTED(Mailing.DIGEST),
    COMMENT_REPLIED(Mailing.DIGEST),
    POST_REACTED(Mailing.DIGEST),
    EVENT_PUBLISHED(Mailing.DIGEST),
    EVENT_UPDATED(Mailing.INSTANT),
    EVENT_CANCELLED(Mailing.INSTANT),
    EVENT_REMINDER(Mailing.DIGEST),
    WAITLIST_PROMOTED(Mailing.DIGEST),
    APPLICATION_RECEIVED(Mailing.DIGEST),
    APPLICATION_STATUS_CHANGED(Mailing.DIGEST),
    REFERRAL_RECEIVED(Mailing.DIGEST),
    REFERRAL_STATUS_CHANGED(Mailing.DIGEST),
    JOB_MATCHED(Mailing.DIGEST),
    SURVEY_OPENED(Mailing.DIGEST),
    FEEDBACK_REPLIED(Mailing.DIGEST),
    WEBHOOK_DISABLED(Mailing.INSTANT),
    MESSAGE_RECEIVED(Mailing.INSTANT),
    GROUP_JOIN_REQUESTED(Mailing.DIGEST),
    GROUP_JOIN_ACCEPTED(Mailing.DIGEST),
    GROUP_POSTED(Mailing.DIGEST);

    /** How a kind of notification is mailed: at once, in the periodic digest, or not at all. */
    @Schema(name = "EmailDelivery")
    public enum Mailing {
        INSTANT,
        DIGEST,
        OFF
    }

    private final Mailing defaultMailing;

    NoticeType(Mailing defaultMailing) {
        this.defaultMailing = defaultMailing;
    }

    /** Announcements, event changes and messages are mailed at once unless a member says otherwise; the rest waits for the digest. */
    public Mailing defaultMailing() {
        return defaultMailing;
    }
}
