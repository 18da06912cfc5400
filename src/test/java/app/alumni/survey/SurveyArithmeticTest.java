package app.alumni.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import app.alumni.survey.SurveyArithmetic.ScaleSummary;
import app.alumni.survey.SurveyDtos.ValueCount;

/** Percentages, means and the net promoter score of survey results. */
class SurveyArithmeticTest {

    @Test
    void netPromoterScoreIsPromotersLessDetractors() {
        // 10 answers: promoters 9, 10, 10, 9 (40 %); passives 7, 8 (not counted); detractors 0, 3, 6, 6 (40 %).
        ScaleSummary nps = SurveyArithmetic.scale(SurveyQuestion.Type.NPS, Map.of(0, 1, 3, 1, 6, 2, 7, 1, 8, 1, 9, 2, 10, 2), 10);
        assertThat(nps.nps()).isEqualTo(0.0);
        assertThat(nps.mean()).isEqualTo(6.8);
        assertThat(nps.distribution()).hasSize(11).first().isEqualTo(new ValueCount(0, 1));
        assertThat(SurveyArithmetic.scale(SurveyQuestion.Type.NPS, Map.of(10, 3), 3).nps()).isEqualTo(100.0);
        assertThat(SurveyArithmetic.scale(SurveyQuestion.Type.NPS, Map.of(5, 1, 9, 2), 3).nps()).isEqualTo(33.3);
    }

    @Test
    void aScaleListsEveryValueAndItsMean() {
        ScaleSummary scale = SurveyArithmetic.scale(SurveyQuestion.Type.SCALE, Map.of(1, 1, 4, 2), 3);
        assertThat(scale.distribution()).extracting(ValueCount::value).containsExactly(1, 2, 3, 4, 5);
        assertThat(scale.distribution()).extracting(ValueCount::count).containsExactly(1, 0, 0, 2, 0);
        assertThat(scale.mean()).isEqualTo(3.0);
        assertThat(scale.nps()).isNull();
    }

    @Test
    void nothingAnsweredHasNoMeanAndNoScore() {
        ScaleSummary none = SurveyArithmetic.scale(SurveyQuestion.Type.NPS, Map.of(), 0);
        assertThat(none.mean()).isNull();
        assertThat(none.nps()).isNull();
        assertThat(none.distribution()).allSatisfy(v -> assertThat(v.count()).isZero());
    }

    @Test
    void percentagesHaveOneDecimal() {
        assertThat(SurveyArithmetic.percent(1, 3)).isEqualTo(33.3);
        assertThat(SurveyArithmetic.percent(2, 3)).isEqualTo(66.7);
        assertThat(SurveyArithmetic.percent(5, 0)).isZero();
    }
}
