package app.alumni.common;

import java.util.Map;

/**
 * Keyset pagination over an order of (timestamp, id): the condition that continues a list after a cursor made by
 * {@link Cursor#encode(java.time.OffsetDateTime, java.util.UUID)}. The same text works in SQL and in HQL (a row-value
 * comparison, which PostgreSQL answers from a composite index), so every list pages the same way, never by OFFSET.
 */
public final class Keyset {

    private Keyset() {
    }

    /**
     * Appends to {@code where} the condition for the rows after {@code cursor} in the order ({@code at}, {@code id})
     * (descending when {@code descending}), and puts its parameters; the first page (no cursor) needs none.
     */
    public static void after(String cursor, String at, String id, boolean descending, StringBuilder where, Map<String, Object> params) {
        if (cursor == null) {
            return;
        }
        Cursor.TimeAndId after = Cursor.decodeTimeAndId(cursor);
        where.append(" and (").append(at).append(", ").append(id).append(descending ? ") < " : ") > ").append("(:afterAt, :afterId)");
        params.put("afterAt", after.at());
        params.put("afterId", after.id());
    }
}
