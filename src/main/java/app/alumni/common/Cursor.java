package app.alumni.common;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Opaque keyset cursors: the sort key values of the last row of a page, as base64url JSON. */
public final class Cursor {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Cursor() {
    }

    public static String encode(String... values) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(values));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The values of a cursor made by {@link #encode}, or a 400 problem on field {@code cursor} when it is not one. */
    public static List<String> decode(String cursor, int expectedValues) {
        try {
            String[] values = JSON.readValue(Base64.getUrlDecoder().decode(cursor.getBytes(StandardCharsets.US_ASCII)), String[].class);
            if (values.length != expectedValues) {
                throw new IllegalArgumentException("wrong arity");
            }
            List<String> result = new ArrayList<>(values.length);
            for (String value : values) {
                if (value == null) {
                    throw new IllegalArgumentException("null value");
                }
                result.add(value);
            }
            return result;
        } catch (Exception e) {
            throw ProblemException.invalid("cursor", "validation.cursor");
        }
    }
}
