package app.alumni.survey;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import com.fasterxml.jackson.databind.JsonNode;

import app.alumni.common.Cursor;
import app.alumni.common.ETags;
import app.alumni.common.Keyset;
import app.alumni.common.MergePatch;
import app.alumni.common.Page;
import app.alumni.common.ProblemException;
import app.alumni.common.ProblemType;
import app.alumni.common.Publication;
import app.alumni.common.ReadOnly;
import app.alumni.common.Times;
import app.alumni.common.Violation;
import app.alumni.member.Affiliation;
import app.alumni.member.Caller;
import app.alumni.member.IntegrationEvent;
import app.alumni.member.Integrations;
import app.alumni.member.Member;
import app.alumni.member.Notice;
import app.alumni.member.NoticeType;
import app.alumni.member.Notices;
import app.alumni.member.Recipients;
import app.alumni.survey.SurveyDtos.AnswerInput;
import app.alumni.survey.SurveyDtos.OptionView;
import app.alumni.survey.SurveyDtos.QuestionInput;
import app.alumni.survey.SurveyDtos.QuestionView;
import app.alumni.survey.SurveyDtos.SurveyInput;
import app.alumni.survey.SurveyDtos.SurveyView;

/**
 * Surveys and responses. "Who responded" (participation, with the day only) is stored apart from "what was
 * answered" (responses); for anonymous surveys a response carries neither a member nor a time, so nothing links them.
 */
@ApplicationScoped
public class SurveyService {

    private final EntityManager em;
    private final MergePatch mergePatch;
    private final Notices notices;
    private final Integrations integrations;
    private final Clock clock;

    SurveyService(EntityManager em, MergePatch mergePatch, Notices notices, Integrations integrations, Clock clock) {
        this.integrations = integrations;
        this.notices = notices;
        this.clock = clock;
        this.em = em;
        this.mergePatch = mergePatch;
    }


    @Transactional
    Survey create(UUID hrId, SurveyInput input) {
        if (input.status() == Survey.Status.CLOSED) {
            throw ProblemException.invalid("status", "validation.survey-create-status");
        }
        check(input);
        Survey s = new Survey();
        s.createdBy = hrId;
        s.createdAt = Times.now(clock);
        apply(s, input);
        s.status = input.status() == null ? Survey.Status.DRAFT : input.status();
        s.persist();
        writeQuestions(s.id, input.questions());
        if (s.status == Survey.Status.OPEN) {
            tellAudience(s, hrId);
        }
        return s;
    }

    @Transactional
    Survey edit(UUID id, JsonNode patch, String ifMatch) {
        Survey s = Survey.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            throw ProblemException.notFound();
        }
        ETags.check(ifMatch, s.version);
        SurveyInput current = inputOf(s);
        SurveyInput input = mergePatch.apply(current, patch, SurveyInput.class);
        check(input);
        if (!input.questions().equals(current.questions())) {
            if (responseCount(s.id) > 0) {
                throw ProblemException.of(ProblemType.INVALID_STATE, "problem.invalid-state.survey-has-responses");
            }
            SurveyQuestion.delete("surveyId", s.id);
            writeQuestions(s.id, input.questions());
        }
        Survey.Status before = s.status;
        s.moveTo(input.status() == null ? s.status : input.status());
        apply(s, input);
        em.flush();
        if (before == Survey.Status.DRAFT && s.status == Survey.Status.OPEN) {
            tellAudience(s, null);
        }
        if (before != Survey.Status.CLOSED && s.status == Survey.Status.CLOSED) {
            integrations.publish(IntegrationEvent.SURVEY_CLOSED, Map.of("surveyId", s.id.toString()));
        }
        return s;
    }

    /** A survey that opens asks its audience to answer. */
    private void tellAudience(Survey s, UUID hrId) {
        Affiliation affiliation = switch (s.audience) {
            case ALL -> null;
            case ALUMNI -> Affiliation.ALUMNUS;
            case EMPLOYEES -> Affiliation.EMPLOYEE;
        };
        notices.fire(new Notice(NoticeType.SURVEY_OPENED, hrId, new Notice.Subject(Notice.SubjectKind.SURVEY, s.id, s.title),
                Recipients.of(affiliation)));
    }

    /** Members see open surveys of their audience; HR sees every survey. */
    @Transactional
    Survey visible(UUID id, Caller caller) {
        Survey s = Survey.findById(id);
        if (s == null || (!caller.hrAdmin() && (s.status == Survey.Status.DRAFT || !inAudience(s, Member.findById(caller.id()))))) {
            throw ProblemException.notFound();
        }
        return s;
    }

    @Transactional
    Page<SurveyView> list(Caller caller, int limit, String cursor) {
        ReadOnly.reads(em);
        boolean hr = caller.hrAdmin();
        StringBuilder where = new StringBuilder(hr ? "true = true"
                : Publication.openAt("status", "closesAt") + " and opensAt <= :now and audience in :audiences");
        Map<String, Object> params = new LinkedHashMap<>();
        if (!hr) {
            params.put("open", Survey.Status.OPEN);
            params.put("now", Times.now(clock));
            params.put("audiences", List.of(Survey.Audience.ALL, audienceOf(Member.findById(caller.id()))));
        }
        Keyset.after(cursor, "createdAt", "id", true, where, params);
        List<Survey> rows = Survey.<Survey>find(where + " order by createdAt desc, id desc", params).page(0, limit + 1).list();
        return Page.ofBatch(rows, limit, shown -> views(shown, caller.id()), s -> Cursor.encode(s.createdAt, s.id));
    }

    List<SurveyView> views(List<Survey> surveys, UUID viewerId) {
        if (surveys.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = surveys.stream().map(s -> s.id).toList();
        Map<UUID, List<QuestionView>> questions = questionsOf(ids);
        Set<UUID> responded = SurveyParticipation.respondedBy(viewerId, ids);
        return surveys.stream().map(s -> new SurveyView(s.id, s.title, s.description, s.anonymous, s.audience, s.opensAt, s.closesAt,
                s.effectiveStatus(Times.now(clock)), questions.getOrDefault(s.id, List.of()), responded.contains(s.id))).toList();
    }

    /** Checks every answer against its question, then records the response; a second response of a member is 409. */
    @Transactional
    void respond(UUID surveyId, Caller caller, List<AnswerInput> answers) {
        Member member = Member.findById(caller.id());
        Survey s = Survey.findById(surveyId);
        if (s == null || s.status == Survey.Status.DRAFT) {
            throw ProblemException.notFound();
        }
        if (!inAudience(s, member)) {
            throw ProblemException.of(ProblemType.FORBIDDEN, "problem.forbidden.survey-audience");
        }
        if (!s.accepting(Times.now(clock))) {
            throw ProblemException.of(ProblemType.INVALID_STATE, "problem.invalid-state.survey-not-open");
        }
        Map<UUID, QuestionView> questions = questionsOf(List.of(s.id)).getOrDefault(s.id, List.of()).stream()
                .collect(Collectors.toMap(QuestionView::id, q -> q, (a, b) -> a, LinkedHashMap::new));
        validate(questions, answers);
        OffsetDateTime now = Times.now(clock);
        try {
            SurveyParticipation.of(s.id, member.id, now.toLocalDate()).persistAndFlush();
        } catch (PersistenceException e) {
            if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                throw ProblemException.of(ProblemType.INVALID_STATE, "problem.invalid-state.already-responded");
            }
            throw e;
        }
        SurveyResponse response = SurveyResponse.of(s, member.id, now);
        response.persist();
        answers.forEach(a -> SurveyAnswer.of(response, a).persist());
        notices.settled(member.id, Notice.SubjectKind.SURVEY, s.id);
    }

    int responseCount(UUID surveyId) {
        return SurveyResponse.countFor(surveyId);
    }

    int audienceSize(Survey s) {
        return (int) Member.countActive(switch (s.audience) {
            case ALL -> null;
            case ALUMNI -> Affiliation.ALUMNUS;
            case EMPLOYEES -> Affiliation.EMPLOYEE;
        });
    }

    Map<UUID, List<QuestionView>> questionsOf(Collection<UUID> surveyIds) {
        List<SurveyQuestion> questions = SurveyQuestion.list("surveyId in ?1 order by position", surveyIds);
        Map<UUID, List<OptionView>> options = new HashMap<>();
        if (!questions.isEmpty()) {
            SurveyOption.<SurveyOption>list("questionId in ?1 order by position", questions.stream().map(q -> q.id).toList())
                    .forEach(o -> options.computeIfAbsent(o.questionId, k -> new ArrayList<>()).add(new OptionView(o.id, o.label)));
        }
        Map<UUID, List<QuestionView>> bySurvey = new HashMap<>();
        for (SurveyQuestion q : questions) {
            bySurvey.computeIfAbsent(q.surveyId, k -> new ArrayList<>()).add(new QuestionView(q.id, q.position, q.type, q.prompt,
                    q.required,
                    options.getOrDefault(q.id, List.of()), q.minSelections, q.maxSelections, q.maxLength,
                    q.scaleMinLabel, q.scaleMaxLabel));
        }
        return bySurvey;
    }

    static boolean inAudience(Survey s, Member m) {
        return s.audience == Survey.Audience.ALL || s.audience == audienceOf(m);
    }

    private static Survey.Audience audienceOf(Member m) {
        return m.affiliation == Affiliation.ALUMNUS ? Survey.Audience.ALUMNI : Survey.Audience.EMPLOYEES;
    }

    private static void validate(Map<UUID, QuestionView> questions, List<AnswerInput> answers) {
        List<Violation> violations = new ArrayList<>();
        Set<UUID> answered = new HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            AnswerInput a = answers.get(i);
            String field = "answers[" + i + "]";
            QuestionView q = questions.get(a.questionId());
            if (q == null) {
                violations.add(new Violation(field + ".questionId", "validation.answer.unknown-question"));
                continue;
            }
            if (!answered.add(q.id())) {
                violations.add(new Violation(field + ".questionId", "validation.answer.duplicate"));
                continue;
            }
            switch (q.type()) {
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                    if (a.optionIds() == null || a.value() != null || a.text() != null) {
                        violations.add(new Violation(field, "validation.answer.wrong-type", "optionIds"));
                        continue;
                    }
                    Set<UUID> offered = q.options().stream().map(OptionView::id).collect(Collectors.toSet());
                    Set<UUID> chosen = new HashSet<>(a.optionIds());
                    int min = q.type() == SurveyQuestion.Type.SINGLE_CHOICE ? 1 : q.minSelections() == null ? 0 : q.minSelections();
                    int max = q.type() == SurveyQuestion.Type.SINGLE_CHOICE ? 1 : q.maxSelections() == null ? offered.size()
                            : q.maxSelections();
                    if (!offered.containsAll(chosen) || chosen.size() != a.optionIds().size()) {
                        violations.add(new Violation(field + ".optionIds", "validation.answer.option-not-offered"));
                    } else if (chosen.size() < min || chosen.size() > max) {
                        violations.add(new Violation(field + ".optionIds", "validation.answer.selections", min, max));
                    }
                }
                case SCALE, NPS -> {
                    SurveyQuestion.Type type = q.type();
                    if (a.value() == null || a.optionIds() != null || a.text() != null) {
                        violations.add(new Violation(field, "validation.answer.wrong-type", "value"));
                    } else if (a.value() < type.low() || a.value() > type.high()) {
                        violations.add(new Violation(field + ".value", "validation.answer.range", type.low(), type.high()));
                    }
                }
                case TEXT -> {
                    if (a.text() == null || a.optionIds() != null || a.value() != null) {
                        violations.add(new Violation(field, "validation.answer.wrong-type", "text"));
                    } else if (a.text().length() > (q.maxLength() == null ? 1000 : q.maxLength())) {
                        violations.add(new Violation(field + ".text", "validation.answer.too-long", q.maxLength() == null ? 1000
                                : q.maxLength()));
                    } else if (q.required() && a.text().isBlank()) {
                        violations.add(new Violation(field + ".text", "validation.answer.required"));
                    }
                }
            }
        }
        for (QuestionView q : questions.values()) {
            if (q.required() && !answered.contains(q.id())) {
                violations.add(new Violation("answers[questionId=" + q.id() + "]", "validation.answer.required-question", q.position()));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    private static void check(SurveyInput input) {
        List<Violation> violations = new ArrayList<>();
        if (!input.closesAt().isAfter(input.opensAt())) {
            violations.add(new Violation("closesAt", "validation.ends-before-start"));
        }
        for (int i = 0; i < input.questions().size(); i++) {
            QuestionInput q = input.questions().get(i);
            String field = "questions[" + i + "]";
            int options = q.options() == null ? 0 : q.options().size();
            if (q.type().isChoice() && options < 2) {
                violations.add(new Violation(field + ".options", "validation.question.options"));
            }
            if (!q.type().isChoice() && options > 0) {
                violations.add(new Violation(field + ".options", "validation.question.no-options"));
            }
            if (q.type() == SurveyQuestion.Type.MULTIPLE_CHOICE) {
                int min = q.minSelections() == null ? 0 : q.minSelections();
                int max = q.maxSelections() == null ? options : q.maxSelections();
                if (min > max || max > options) {
                    violations.add(new Violation(field + ".maxSelections", "validation.question.selections"));
                }
            } else if (q.minSelections() != null || q.maxSelections() != null) {
                violations.add(new Violation(field + ".maxSelections", "validation.question.multiple-only"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    private void apply(Survey s, SurveyInput input) {
        s.title = input.title().strip();
        s.description = input.description() == null ? "" : input.description();
        s.anonymous = input.anonymous();
        s.audience = input.audience();
        s.opensAt = input.opensAt();
        s.closesAt = input.closesAt();
        s.updatedAt = Times.now(clock);
    }

    private SurveyInput inputOf(Survey s) {
        List<QuestionInput> questions = questionsOf(List.of(s.id)).getOrDefault(s.id, List.of()).stream()
                .map(q -> new QuestionInput(q.type(), q.prompt(), q.required(), q.options() == null ? null : q.options().stream()
                .map(OptionView::label).toList(),
                        q.minSelections(), q.maxSelections(), q.maxLength(), q.scaleMinLabel(), q.scaleMaxLabel()))
                .toList();
        return new SurveyInput(s.title, s.description, s.anonymous, s.audience, s.opensAt, s.closesAt, questions, s.status);
    }

    private void writeQuestions(UUID surveyId, List<QuestionInput> questions) {
        for (int i = 0; i < questions.size(); i++) {
            QuestionInput input = questions.get(i);
            SurveyQuestion q = new SurveyQuestion();
            q.id = UUID.randomUUID();
            q.surveyId = surveyId;
            q.position = i + 1;
            q.type = input.type();
            q.prompt = input.prompt().strip();
            q.required = input.required();
            q.minSelections = input.minSelections();
            q.maxSelections = input.maxSelections();
            q.maxLength = input.type() == SurveyQuestion.Type.TEXT ? (input.maxLength() == null ? 1000 : input.maxLength()) : null;
            q.scaleMinLabel = input.scaleMinLabel();
            q.scaleMaxLabel = input.scaleMaxLabel();
            q.persist();
            List<String> labels = input.options() == null ? List.of() : input.options();
            for (int j = 0; j < labels.size(); j++) {
                SurveyOption o = new SurveyOption();
                o.id = UUID.randomUUID();
                o.questionId = q.id;
                o.position = j + 1;
                o.label = labels.get(j).strip();
                o.persist();
            }
        }
        em.flush();
    }

}
