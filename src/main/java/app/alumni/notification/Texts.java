package app.alumni.notification;

import java.util.Locale;
import java.util.Map;

import app.alumni.common.Messages;
import app.alumni.member.NoticeType;

/** The words of a notification, in the reader's language, made when it is read (or mailed), never stored. */
final class Texts {

    static final int TITLE_LENGTH = 200;

    private Texts() {
    }

    /** A subject's title as stored: one line, at most 200 characters. */
    static String title(String title) {
        String line = title == null ? "" : title.strip().replaceAll("\\s+", " ");
        return line.length() <= TITLE_LENGTH ? line : line.substring(0, TITLE_LENGTH - 1) + "…";
    }

    /** The sentence of a notification, such as 「花子さんが「福岡もくもく会」にコメントしました」. */
    static String of(Locale locale, NoticeType type, String actorName, String title, int count, Map<String, String> params) {
        String actor = actorName == null ? Messages.get(locale, "notification.someone") : actorName;
        String status = params.get("status");
        return Messages.get(locale, "notification." + type.name(), actor, title, count, status == null ? "" : status);
    }
}
