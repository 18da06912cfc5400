package app.alumni.notification;

import java.util.UUID;

import app.alumni.member.Notice.SubjectKind;

/** Where the web app shows a notification's subject (mails link there, below {@code ALUMNI_WEB_APP_URL}). */
final class Links {

    private Links() {
    }

    static String path(SubjectKind kind, UUID id) {
        return switch (kind) {
            case POST -> "/posts/" + id;
            case EVENT -> "/events/" + id;
            case LISTING -> "/jobs/" + id;
            case APPLICATION -> "/applications/" + id;
            case SURVEY -> "/surveys/" + id;
            case FEEDBACK -> "/feedback/" + id;
            case WEBHOOK -> "/admin/webhooks/" + id;
            case CONVERSATION -> "/conversations/" + id;
            case GROUP -> "/groups/" + id;
        };
    }
}
