package app.alumni.notification;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;

import app.alumni.common.PersonalData;

/** The member's notifications (read or not) and their notification preferences. */
@ApplicationScoped
class NotificationPersonalData {

    @Produces
    PersonalData notifications(EntityManager em) {
        return PersonalData.rows(em, "notifications", """
                select id as "id", type as "type", subject_kind as "subjectKind", subject_id as "subjectId",
                       subject_title as "subjectTitle", count as "count", in_app as "inApp", created_at as "createdAt",
                       read_at as "readAt"
                from notification where member_id = :member order by created_at, id""");
    }

    @ApplicationScoped
    static class Preferences implements PersonalData {

        private final PreferenceService preferences;

        Preferences(PreferenceService preferences) {
            this.preferences = preferences;
        }

        @Override
        public String part() {
            return "notificationPreferences";
        }

        @Override
        public Object of(UUID memberId) {
            return preferences.get(memberId).preferences();
        }
    }
}
