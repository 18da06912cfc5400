package app.alumni.survey;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import app.alumni.common.Times;
import app.alumni.member.DemoCast;
import app.alumni.survey.SurveyDtos.QuestionInput;
import app.alumni.survey.SurveyDtos.SurveyInput;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;

/** Dev mode only: one open, anonymous survey for alumni. */
@ApplicationScoped
@IfBuildProfile("dev")
class DemoSurveys {

    private final SurveyService surveys;
    private final Clock clock;

    DemoSurveys(SurveyService surveys, Clock clock) {
        this.clock = clock;
        this.surveys = surveys;
    }

    @Transactional
    void onStart(@Observes @Priority(3000) StartupEvent event) {
        Optional<DemoCast> cast = DemoCast.find();
        if (cast.isEmpty() || Survey.count() > 0) {
            return;
        }
        surveys.create(cast.get().company().id(), new SurveyInput("アルムナイ近況アンケート", "コミュニティづくりの参考にさせてください(匿名)。", true,
                Survey.Audience.ALUMNI, Times.now(clock).minusMinutes(1), Times.now(clock).plusDays(30), List.of(
                        new QuestionInput(SurveyQuestion.Type.SINGLE_CHOICE, "現在の働き方は?", true, List.of("会社員", "経営者・役員", "フリーランス", "その他"),
                                null, null, null, null, null),
                        new QuestionInput(SurveyQuestion.Type.NPS, "このコミュニティを元同僚に勧めたいですか?", true, null, null, null, null, null, null),
                        new QuestionInput(SurveyQuestion.Type.TEXT, "コミュニティに期待することは?", false, null, null, null, 500, null, null)),
                Survey.Status.OPEN));
    }
}
