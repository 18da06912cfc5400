package app.alumni.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

/** The shared DRAFT → OPEN → CLOSED life cycle. */
class PublicationTest {

    enum Status implements Publication {
        DRAFT,
        OPEN,
        CLOSED
    }

    @Test
    void movesOnlyForward() {
        assertThat(Status.DRAFT.canBecome(Status.OPEN)).isTrue();
        assertThat(Status.DRAFT.canBecome(Status.CLOSED)).isTrue();
        assertThat(Status.OPEN.canBecome(Status.CLOSED)).isTrue();
        assertThat(Status.OPEN.canBecome(Status.DRAFT)).isFalse();
        assertThat(Status.CLOSED.canBecome(Status.OPEN)).isFalse();
        assertThat(Status.CLOSED.canBecome(Status.DRAFT)).isFalse();
    }

    @Test
    void anOpenOneClosesByItselfAtItsClosingTime() {
        OffsetDateTime closes = OffsetDateTime.parse("2026-12-01T00:00:00Z");
        assertThat(Publication.asOf(Status.OPEN, closes, closes.minusNanos(1000))).isEqualTo(Status.OPEN);
        assertThat(Publication.asOf(Status.OPEN, closes, closes)).isEqualTo(Status.CLOSED);
        assertThat(Publication.asOf(Status.OPEN, null, closes)).isEqualTo(Status.OPEN);
        assertThat(Publication.asOf(Status.DRAFT, closes, closes.plusDays(1))).isEqualTo(Status.DRAFT);
    }
}
