package app.alumni.career;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;

import app.alumni.common.PersonalData;
import app.alumni.common.PersonalRows;

/**
 * The member's applications with their history (never HR's note), re-hire preferences, referrals (never HR's note)
 * and the listings they posted.
 */
final class CareerPersonalData {

    private CareerPersonalData() {
    }

    @ApplicationScoped
    static class Applications implements PersonalData {

        private final EntityManager em;

        Applications(EntityManager em) {
            this.em = em;
        }

        @Override
        public String part() {
            return "applications";
        }

        @Override
        public Object of(UUID memberId) {
            List<Map<String, Object>> applications = PersonalRows.of(em, """
                    select a.id as "id", a.listing_id as "listingId", l.title as "listingTitle", a.message as "message",
                           a.resume_url as "resumeUrl", a.status as "status", a.consent_at as "consentedAt", a.created_at as "createdAt",
                           a.updated_at as "updatedAt"
                    from job_application a join job_listing l on l.id = a.listing_id where a.applicant_id = :member
                    order by a.created_at, a.id""", memberId);
            Map<Object, List<Map<String, Object>>> history = PersonalRows.of(em, """
                    select c.application_id as "applicationId", c.changed_at as "changedAt", c.from_status as "fromStatus",
                           c.to_status as "toStatus"
                    from job_application_change c join job_application a on a.id = c.application_id where a.applicant_id = :member
                    order by c.changed_at, c.id""", memberId).stream()
                    .collect(Collectors.groupingBy(c -> c.remove("applicationId"), LinkedHashMap::new, Collectors.toList()));
            applications.forEach(a -> a.put("history", history.getOrDefault(a.get("id"), List.of())));
            return applications;
        }
    }

    @ApplicationScoped
    static class RehirePreferences implements PersonalData {

        private final EntityManager em;

        RehirePreferences(EntityManager em) {
            this.em = em;
        }

        @Override
        public String part() {
            return "rehirePreferences";
        }

        @Override
        public Object of(UUID memberId) {
            return PersonalRows.of(em, """
                    select desired_roles as "desiredRoles", earliest_start as "earliestStart", work_style as "workStyle",
                           note as "noteToHr", updated_at as "updatedAt"
                    from rehire_preference where member_id = :member""", memberId).stream().findFirst().orElse(null);
        }
    }

    /** The referrals and listings the member made: rows of one statement each. */
    @ApplicationScoped
    static class Made {

        @Produces
        PersonalData jobReferrals(EntityManager em) {
            return PersonalData.rows(em, "jobReferrals", """
                    select r.id as "id", r.listing_id as "listingId", l.title as "listingTitle", r.candidate_name as "candidateName",
                           r.candidate_email as "candidateEmail", r.relationship as "relationship", r.note as "note",
                           r.status as "status", r.consented_at as "consentedAt", r.created_at as "createdAt"
                    from job_referral r join job_listing l on l.id = r.listing_id where r.referrer_id = :member
                    order by r.created_at, r.id""");
        }

        @Produces
        PersonalData listings(EntityManager em) {
            return PersonalData.rows(em, "listings", """
                    select id as "id", kind as "kind", title as "title", description as "description", status as "status",
                           created_at as "createdAt", updated_at as "updatedAt"
                    from job_listing where poster_id = :member order by created_at, id""");
        }
    }
}
