package app.alumni.moderation;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import app.alumni.common.PersonalData;
import app.alumni.common.PersonalRows;

/** The reports the member made: what, why, and whether moderators have dealt with it (not who did). */
@ApplicationScoped
class ReportsMade implements PersonalData {

    private final EntityManager em;

    ReportsMade(EntityManager em) {
        this.em = em;
    }

    @Override
    public String part() {
        return "reports";
    }

    @Override
    public Object of(UUID memberId) {
        return PersonalRows.of(em, """
                select id as "id", target_type as "targetType", target_id as "targetId", reason as "reason", status as "status",
                       created_at as "createdAt", resolved_at as "resolvedAt"
                from content_report where reporter_id = :member order by created_at, id""", memberId);
    }
}
