package app.alumni.common;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Opaque keyset cursors: the sort key values of the last row of a page, as base64url JSON. */
public final class Cursor {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Cursor() {
    }

    /** The position of a row in a list ordered by a timestamp and then an id. */
    public record TimeAndId(OffsetDateTime at, UUID id) {
    }

    public static String encode(OffsetDateTime at, UUID id) {
        return encode(at.toString(), id.toString());
    }

    /** The position in a cursor made by {@link #encode(OffsetDateTime, UUID)}, or a 400 problem on field {@code cursor}. */
    public static TimeAndId decodeTimeAndId(String cursor) {
        List<String> values = decode(cursor, 2);
        try {
            OffsetDateTime at = OffsetDateTime.parse(values.get(0));
            if (!JsonTextRules.storableYear(at) || !QueryParameters.CANONICAL_UUID.matcher(values.get(1)).matches()) {
                throw new IllegalArgumentException("out of range");
            }
            return new TimeAndId(at, UUID.fromString(values.get(1)));
        } catch (RuntimeException e) {
            throw ProblemException.invalid("cursor", "validation.cursor");
        }
    }

    public static String encode(String... values) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(values));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The values of a cursor made by {@link #encode}, or a 400 problem on field {@code cursor} when it is not one.
     * Cursors come back from clients, so a forged one must fail here rather than in the database (a NUL byte, say).
     */
    public static List<String> decode(String cursor, int expectedValues) {
        try {
            String[] values = JSON.readValue(Base64.getUrlDecoder().decode(cursor.getBytes(StandardCharsets.US_ASCII)), String[].class);
            if (values.length != expectedValues) {
                throw new IllegalArgumentException("wrong arity");
            }
            List<String> result = new ArrayList<>(values.length);
            for (String value : values) {
                if (value == null || value.length() > 500 || JsonTextRules.problemOf(value) != null) {
                    throw new IllegalArgumentException("not a value of ours");
                }
                result.add(value);
            }
            return result;
        } catch (Exception e) {
            throw ProblemException.invalid("cursor", "validation.cursor");
        }
    }
}
