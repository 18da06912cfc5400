package app.alumni.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;

import app.alumni.common.PersonalData;
import app.alumni.common.PersonalRows;

/**
 * The surveys the member took part in, and their answers to those that are not anonymous (answers to anonymous
 * surveys are linked to no one, so they cannot be found for anyone).
 */
@ApplicationScoped
class SurveyPersonalData {

    @Produces
    PersonalData surveysTaken(EntityManager em) {
        return PersonalData.rows(em, "surveysTaken", """
                select p.survey_id as "surveyId", s.title as "surveyTitle", s.anonymous as "anonymous", p.responded_on as "respondedOn"
                from survey_participation p join survey s on s.id = p.survey_id where p.member_id = :member
                order by p.responded_on, p.survey_id""");
    }

    @ApplicationScoped
    static class Responses implements PersonalData {

        private final EntityManager em;

        Responses(EntityManager em) {
            this.em = em;
        }

        @Override
        public String part() {
            return "surveyResponses";
        }

        @Override
        public Object of(UUID memberId) {
            Map<Object, Map<String, Object>> responses = new LinkedHashMap<>();
            for (Map<String, Object> row : PersonalRows.of(em, """
                    select r.id as "responseId", r.survey_id as "surveyId", s.title as "surveyTitle", r.submitted_at as "submittedAt",
                           q.prompt as "question",
                           (select array_agg(o.label order by o.position) from survey_option o
                            where o.id = any (a.option_ids)) as "choices",
                           a.value as "value", a.text as "text"
                    from survey_response r join survey s on s.id = r.survey_id
                    join survey_answer a on a.response_id = r.id join survey_question q on q.id = a.question_id
                    where r.member_id = :member order by r.submitted_at, r.id, q.position""", memberId)) {
                Map<String, Object> response = responses.computeIfAbsent(row.get("responseId"), id -> {
                    Map<String, Object> r = new LinkedHashMap<>();
                    r.put("surveyId", row.get("surveyId"));
                    r.put("surveyTitle", row.get("surveyTitle"));
                    r.put("submittedAt", row.get("submittedAt"));
                    r.put("answers", new ArrayList<Map<String, Object>>());
                    return r;
                });
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("question", row.get("question"));
                answer.put("choices", row.get("choices"));
                answer.put("value", row.get("value"));
                answer.put("text", row.get("text"));
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> answers = (List<Map<String, Object>>) response.get("answers");
                answers.add(answer);
            }
            return List.copyOf(responses.values());
        }
    }
}
