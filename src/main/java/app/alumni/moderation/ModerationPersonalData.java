package app.alumni.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;

import app.alumni.common.PersonalData;

/** The reports the member made: what, why, and whether moderators have dealt with it (not who did). */
@ApplicationScoped
class ModerationPersonalData {

    @Produces
    PersonalData reports(EntityManager em) {
        return PersonalData.rows(em, "reports", """
                select id as "id", target_type as "targetType", target_id as "targetId", reason as "reason", status as "status",
                       created_at as "createdAt", resolved_at as "resolvedAt"
                from content_report where reporter_id = :member order by created_at, id""");
    }
}
