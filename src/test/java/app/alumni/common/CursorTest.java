package app.alumni.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Keyset cursors: what is encoded comes back, and what a client forges is a 400 on {@code cursor}. */
class CursorTest {

    @Test
    void roundTrips() {
        OffsetDateTime at = OffsetDateTime.parse("2026-11-25T10:15:30.123456Z");
        UUID id = UUID.randomUUID();
        assertThat(Cursor.decodeTimeAndId(Cursor.encode(at, id))).isEqualTo(new Cursor.TimeAndId(at, id));
        assertThat(Cursor.decode(Cursor.encode("たなか", "x"), 2)).containsExactly("たなか", "x");
    }

    @Test
    void refusesForgedCursors() {
        for (String forged : List.of("not base64 !", forge("[\"a\"]"), forge("[\"a\",\"b\",\"c\"]"), forge("[\"a\\u0000\",\"b\"]"),
                forge("{}"), forge("[\"+300000-01-01T00:00:00Z\",\"" + UUID.randomUUID() + "\"]"),
                forge("[\"2026-01-01T00:00:00Z\",\"" + UUID.randomUUID().toString().substring(1) + "\"]"))) {
            assertThatThrownBy(() -> Cursor.decodeTimeAndId(forged)).as(forged).isInstanceOfSatisfying(ProblemException.class,
                    e -> assertThat(e.type()).isEqualTo(ProblemType.VALIDATION));
        }
    }

    private static String forge(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
