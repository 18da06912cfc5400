package app.alumni.common;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TupleElement;

/**
 * Rows of a member's data for {@link PersonalData} parts, read in one native statement whose column aliases (quoted,
 * in camelCase) become the keys; times come out as RFC 3339 instants and arrays as lists, whatever the driver hands.
 */
public final class PersonalRows {

    private PersonalRows() {
    }

    /** The rows of {@code sql}, which names the member as {@code :member}. */
    public static List<Map<String, Object>> of(EntityManager em, String sql, UUID memberId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(sql, Tuple.class).setParameter("member", memberId).getResultList();
        return rows.stream().map(PersonalRows::row).toList();
    }

    private static Map<String, Object> row(Tuple tuple) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (TupleElement<?> element : tuple.getElements()) {
            row.put(element.getAlias(), value(tuple.get(element)));
        }
        return row;
    }

    private static Object value(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Array a) {
            try {
                return Arrays.asList((Object[]) a.getArray());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        if (value instanceof Object[] a) {
            return Arrays.asList(a);
        }
        return value;
    }
}
