package app.alumni.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@code If-Match} against the version: absent, {@code *}, the current tag (weak or in a list) pass; anything else is 412. */
class ETagsTest {

    @Test
    void matchingPreconditionsPass() {
        for (String ifMatch : new String[] { null, "", "*", "\"3\"", "W/\"3\"", "\"1\", \"3\"" }) {
            assertThatCode(() -> ETags.check(ifMatch, 3)).as(String.valueOf(ifMatch)).doesNotThrowAnyException();
        }
    }

    @Test
    void staleOrForeignTagsAre412() {
        for (String ifMatch : new String[] { "\"2\"", "3", "\"03\"", "W/\"4\"" }) {
            assertThatThrownBy(() -> ETags.check(ifMatch, 3)).as(ifMatch)
                    .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.STALE_VERSION));
        }
    }
}
