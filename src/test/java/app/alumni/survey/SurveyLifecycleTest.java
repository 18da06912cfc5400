package app.alumni.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import app.alumni.common.ProblemException;

/** A survey's life cycle and answering window, without a running service. */
class SurveyLifecycleTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-25T10:00:00Z");

    @Test
    void draftThenOpenThenClosed() {
        Survey s = survey(Survey.Status.DRAFT);
        s.moveTo(Survey.Status.DRAFT);
        s.moveTo(Survey.Status.OPEN);
        assertThatThrownBy(() -> s.moveTo(Survey.Status.DRAFT)).isInstanceOf(ProblemException.class);
        s.moveTo(Survey.Status.CLOSED);
        assertThatThrownBy(() -> s.moveTo(Survey.Status.OPEN)).isInstanceOf(ProblemException.class);
    }

    @Test
    void answersAreTakenOnlyWhileOpenAndWithinTheWindow() {
        Survey s = survey(Survey.Status.OPEN);
        assertThat(s.accepting(NOW.minusDays(2))).isFalse();
        assertThat(s.accepting(NOW)).isTrue();
        assertThat(s.accepting(NOW.plusDays(7))).isFalse();
        assertThat(s.effectiveStatus(NOW)).isEqualTo(Survey.Status.OPEN);
        assertThat(s.effectiveStatus(NOW.plusDays(7))).isEqualTo(Survey.Status.CLOSED);
        assertThat(survey(Survey.Status.DRAFT).accepting(NOW)).isFalse();
    }

    private static Survey survey(Survey.Status status) {
        Survey s = new Survey();
        s.status = status;
        s.opensAt = NOW.minusDays(1);
        s.closesAt = NOW.plusDays(7);
        return s;
    }
}
