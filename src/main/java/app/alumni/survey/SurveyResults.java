package app.alumni.survey;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import app.alumni.common.ChangesSince;
import app.alumni.common.Csv;
import app.alumni.common.Cursor;
import app.alumni.common.Keyset;
import app.alumni.common.Page;
import app.alumni.common.ProblemException;
import app.alumni.common.ProblemType;
import app.alumni.common.ReadOnly;
import app.alumni.survey.SurveyArithmetic.ScaleSummary;
import app.alumni.survey.SurveyDtos.AnswerInput;
import app.alumni.survey.SurveyDtos.OptionResult;
import app.alumni.survey.SurveyDtos.QuestionResult;
import app.alumni.survey.SurveyDtos.QuestionView;
import app.alumni.survey.SurveyDtos.Results;
import app.alumni.survey.SurveyDtos.SubmittedResponse;
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
        Map<UUID, Integer> answered = new HashMap<>();
        answers("select a.questionId, count(*)", "group by a.questionId", QuestionCount.class, s.id)
                .forEach(c -> answered.put(c.questionId(), (int) c.n()));
        Map<String, Integer> optionCounts = new HashMap<>();
        for (Tuple t : optionCounts(s.id)) {
            optionCounts.put(t.get("question") + "/" + t.get("option"), t.get("n", Number.class).intValue());
        }
        Map<UUID, Map<Integer, Integer>> values = new HashMap<>();
        answers("select a.questionId, a.value, count(*)", "and a.value is not null group by a.questionId, a.value", ValueCount.class, s.id)
                .forEach(c -> values.computeIfAbsent(c.questionId(), k -> new TreeMap<>()).put(c.value(), (int) c.n()));
        Map<UUID, List<TextAnswer>> texts = new HashMap<>();
        // Anonymous texts in the order of their random response ids: no order of arrival to match against anything.
        answers("select a.questionId, a.text, r.memberId", "and a.text is not null order by r.id", Text.class, s.id)
                .forEach(t -> texts.computeIfAbsent(t.questionId(), k -> new ArrayList<>())
                        .add(new TextAnswer(t.text(), s.anonymous ? null : t.memberId())));
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
        List<SurveyResponse> responses = SurveyResponse.<SurveyResponse>find("surveyId = ?1 order by id", s.id).list();
        if (s.anonymous && responses.size() < MIN_GROUP) {
            throw ProblemException.of(ProblemType.INVALID_STATE, "problem.invalid-state.too-few-responses", MIN_GROUP);
        }
        Map<String, String> labels = new HashMap<>();
        questions.stream().filter(q -> q.options() != null).flatMap(q -> q.options().stream()).forEach(o -> labels.put(o.id().toString(),
                o.label()));
        Map<UUID, Map<UUID, String>> cells = new HashMap<>();
        for (SurveyAnswer a : answers("select a", "", SurveyAnswer.class, s.id)) {
            String cell = a.optionIds != null ? a.optionIds.stream().map(id -> labels.getOrDefault(id.toString(), id.toString()))
                    .collect(Collectors.joining("; "))
                    : a.value != null ? a.value.toString() : a.text;
            cells.computeIfAbsent(a.responseId, k -> new HashMap<>()).put(a.questionId, cell);
        }
        Csv out = new Csv();
        List<String> header = new ArrayList<>(s.anonymous ? List.of("response") : List.of("response", "memberId", "submittedAt"));
        questions.forEach(q -> header.add("Q" + q.position() + ". " + q.prompt()));
        out.row(header);
        int number = 0;
        for (SurveyResponse r : responses) {
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(++number));
            if (!s.anonymous) {
                row.add(r.memberId == null ? "" : r.memberId.toString());
                row.add(String.valueOf(r.submittedAt == null ? null : r.submittedAt.toInstant().atOffset(ZoneOffset.UTC)));
            }
            Map<UUID, String> answers = cells.getOrDefault(r.id, Map.of());
            questions.forEach(q -> row.add(answers.getOrDefault(q.id(), "")));
            out.row(row);
        }
        return out.toBytes();
    }

    /**
     * The responses of a survey that is not anonymous, oldest first (with {@code updatedSince}: submitted since), with
     * their answers in one more statement. Anonymous responses carry no time and no respondent: they are only ever
     * exported whole, in random order (409 here).
     */
    @Transactional
    Page<SubmittedResponse> responses(UUID surveyId, ChangesSince changes, int limit, String cursor) {
        ReadOnly.reads(em);
        Survey s = existing(surveyId);
        if (s.anonymous) {
            throw ProblemException.of(ProblemType.INVALID_STATE, "problem.invalid-state.anonymous-responses");
        }
        StringBuilder where = new StringBuilder("surveyId = :survey");
        Map<String, Object> params = new HashMap<>(Map.of("survey", s.id));
        if (changes.requested()) {
            where.append(" and submittedAt >= :since");
            params.put("since", changes.updatedSince());
        }
        Keyset.after(cursor, "submittedAt", "id", false, where, params);
        List<SurveyResponse> rows = SurveyResponse.<SurveyResponse>find(where + " order by submittedAt, id", params).page(0, limit + 1)
                .list();
        return Page.ofBatch(rows, limit, shown -> {
            Map<UUID, List<AnswerInput>> answers = new HashMap<>();
            if (!shown.isEmpty()) {
                SurveyAnswer.<SurveyAnswer>list("responseId in ?1", shown.stream().map(r -> r.id).toList())
                        .forEach(a -> answers.computeIfAbsent(a.responseId, k -> new ArrayList<>())
                                .add(new AnswerInput(a.questionId, a.optionIds, a.value, a.text)));
            }
            return shown.stream().map(r -> new SubmittedResponse(r.id, r.memberId, r.submittedAt, answers.getOrDefault(r.id, List.of())))
                    .toList();
        }, r -> Cursor.encode(r.submittedAt, r.id));
    }

    private Survey existing(UUID id) {
        Survey s = Survey.findById(id);
        if (s == null) {
            throw ProblemException.notFound();
        }
        return s;
    }

    private record QuestionCount(UUID questionId, long n) {
    }

    private record ValueCount(UUID questionId, Integer value, long n) {
    }

    private record Text(UUID questionId, String text, UUID memberId) {
    }

    /** {@code select} over one survey's answers (each {@code a}, joined to its response {@code r}), then {@code rest}. */
    private <T> List<T> answers(String select, String rest, Class<T> type, UUID surveyId) {
        String from = " from SurveyAnswer a join SurveyResponse r on r.id = a.responseId where r.surveyId = :s ";
        return em.createQuery(select + from + rest, type).setParameter("s", surveyId).getResultList();
    }

    /** How often each option was chosen, by question: SQL, because it unnests the arrays of chosen options. */
    @SuppressWarnings("unchecked")
    private List<Tuple> optionCounts(UUID surveyId) {
        return em.createNativeQuery("select a.question_id as question, o.id as option, count(*) as n from survey_answer a"
                + " join survey_response r on r.id = a.response_id"
                + " cross join unnest(a.option_ids) as o(id) where r.survey_id = :s group by a.question_id, o.id", Tuple.class)
                .setParameter("s", surveyId).getResultList();
    }
}
