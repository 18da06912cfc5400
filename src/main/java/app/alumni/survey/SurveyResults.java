package app.alumni.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import app.alumni.common.Csv;
import app.alumni.common.ProblemException;
import app.alumni.common.ProblemType;
import app.alumni.common.SqlValues;
import app.alumni.survey.SurveyArithmetic.ScaleSummary;
import app.alumni.survey.SurveyDtos.OptionResult;
import app.alumni.survey.SurveyDtos.QuestionResult;
import app.alumni.survey.SurveyDtos.QuestionView;
import app.alumni.survey.SurveyDtos.Results;
import app.alumni.survey.SurveyDtos.TextAnswer;

/**
 * Results for HR, aggregated in the database (a fixed number of statements per survey). Anonymous surveys show no
 * breakdown of fewer than {@link #MIN_GROUP} answers, and neither results nor export can tie an answer to a person.
 */
@ApplicationScoped
public class SurveyResults {

    static final int MIN_GROUP = 5;

    private final EntityManager em;
    private final SurveyService surveys;

    SurveyResults(EntityManager em, SurveyService surveys) {
        this.em = em;
        this.surveys = surveys;
    }

    @Transactional
    Results results(UUID surveyId) {
        Survey s = existing(surveyId);
        List<QuestionView> questions = surveys.questionsOf(List.of(s.id)).getOrDefault(s.id, List.of());
        int responses = surveys.responseCount(s.id);
        int audience = surveys.audienceSize(s);
        Map<UUID, Integer> answered = counts("select a.question_id, count(*) from survey_answer a join survey_response r on r.id = a.response_id"
                + " where r.survey_id = :s group by a.question_id", s.id);
        Map<String, Integer> optionCounts = new HashMap<>();
        for (Object[] row : rows("select a.question_id, o.id, count(*) from survey_answer a join survey_response r on r.id = a.response_id"
                + " cross join unnest(a.option_ids) as o(id) where r.survey_id = :s group by a.question_id, o.id", s.id)) {
            optionCounts.put(row[0] + "/" + row[1], ((Number) row[2]).intValue());
        }
        Map<UUID, Map<Integer, Integer>> values = new HashMap<>();
        for (Object[] row : rows("select a.question_id, a.value, count(*) from survey_answer a join survey_response r on r.id = a.response_id"
                + " where r.survey_id = :s and a.value is not null group by a.question_id, a.value", s.id)) {
            values.computeIfAbsent((UUID) row[0], k -> new TreeMap<>()).put(((Number) row[1]).intValue(), ((Number) row[2]).intValue());
        }
        Map<UUID, List<TextAnswer>> texts = new HashMap<>();
        // Anonymous texts in the order of their random response ids: no order of arrival to match against anything.
        for (Object[] row : rows("select a.question_id, a.text, r.member_id from survey_answer a join survey_response r on r.id = a.response_id"
                + " where r.survey_id = :s and a.text is not null order by r.id", s.id)) {
            texts.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add(new TextAnswer((String) row[1], s.anonymous ? null : (UUID) row[2]));
        }
        List<QuestionResult> results = new ArrayList<>();
        for (QuestionView q : questions) {
            int n = answered.getOrDefault(q.id(), 0);
            boolean hidden = s.anonymous && n < MIN_GROUP;
            List<OptionResult> options = null;
            Double mean = null;
            List<SurveyDtos.ValueCount> distribution = null;
            Double nps = null;
            List<TextAnswer> textAnswers = null;
            if (!hidden) {
                switch (q.type()) {
                    case SINGLE_CHOICE, MULTIPLE_CHOICE -> options = q.options().stream().map(o -> {
                        int count = optionCounts.getOrDefault(q.id() + "/" + o.id(), 0);
                        return new OptionResult(o.id(), o.label(), count, SurveyArithmetic.percent(count, n));
                    }).toList();
                    case SCALE, NPS -> {
                        ScaleSummary summary = SurveyArithmetic.scale(q.type(), values.getOrDefault(q.id(), Map.of()), n);
                        distribution = summary.distribution();
                        mean = summary.mean();
                        nps = summary.nps();
                    }
                    case TEXT -> textAnswers = texts.getOrDefault(q.id(), List.of());
                }
            }
            results.add(new QuestionResult(q.id(), q.prompt(), q.type(), n, hidden, options, mean, distribution, nps, textAnswers));
        }
        return new Results(s.id, responses, audience, SurveyArithmetic.percent(responses, audience), results);
    }

    /** One row per response, one column per question. Anonymous surveys: no respondent, random row order, at least 5 responses. */
    @Transactional
    byte[] csv(UUID surveyId) {
        Survey s = existing(surveyId);
        List<QuestionView> questions = surveys.questionsOf(List.of(s.id)).getOrDefault(s.id, List.of());
        List<Object[]> responses = rows("select r.id, r.member_id, r.submitted_at from survey_response r where r.survey_id = :s order by r.id", s.id);
        if (s.anonymous && responses.size() < MIN_GROUP) {
            throw ProblemException.of(ProblemType.INVALID_STATE, "problem.invalid-state.too-few-responses", MIN_GROUP);
        }
        Map<String, String> labels = new HashMap<>();
        questions.stream().filter(q -> q.options() != null).flatMap(q -> q.options().stream()).forEach(o -> labels.put(o.id().toString(), o.label()));
        Map<UUID, Map<UUID, String>> cells = new HashMap<>();
        for (Object[] row : rows("select a.response_id, a.question_id, a.option_ids, a.value, a.text from survey_answer a"
                + " join survey_response r on r.id = a.response_id where r.survey_id = :s", s.id)) {
            String cell = row[2] != null ? SqlValues.strings(row[2]).stream().map(id -> labels.getOrDefault(id, id)).collect(Collectors.joining("; "))
                    : row[3] != null ? row[3].toString() : (String) row[4];
            cells.computeIfAbsent((UUID) row[0], k -> new HashMap<>()).put((UUID) row[1], cell);
        }
        Csv out = new Csv();
        List<String> header = new ArrayList<>(s.anonymous ? List.of("response") : List.of("response", "memberId", "submittedAt"));
        questions.forEach(q -> header.add("Q" + q.position() + ". " + q.prompt()));
        out.row(header);
        int number = 0;
        for (Object[] r : responses) {
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(++number));
            if (!s.anonymous) {
                row.add(String.valueOf(r[1]));
                row.add(String.valueOf(SqlValues.offsetDateTime(r[2])));
            }
            Map<UUID, String> answers = cells.getOrDefault((UUID) r[0], Map.of());
            questions.forEach(q -> row.add(answers.getOrDefault(q.id(), "")));
            out.row(row);
        }
        return out.toBytes();
    }

    private Survey existing(UUID id) {
        Survey s = Survey.findById(id);
        if (s == null) {
            throw ProblemException.notFound();
        }
        return s;
    }

    private Map<UUID, Integer> counts(String sql, UUID surveyId) {
        Map<UUID, Integer> counts = new HashMap<>();
        rows(sql, surveyId).forEach(r -> counts.put((UUID) r[0], ((Number) r[1]).intValue()));
        return counts;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, UUID surveyId) {
        return em.createNativeQuery(sql).setParameter("s", surveyId).getResultList();
    }
}
