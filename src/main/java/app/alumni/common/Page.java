package app.alumni.common;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a keyset-paginated collection. */
public record Page<T>(
        @Schema(description = "The items of this page.", maxItems = 100) List<T> items,
        @Schema(description = "Opaque cursor for the next page (pass it as `cursor`), or null on the last page.", nullable = true,
                maxLength = 500, example = "WyJ0YW5ha2EiLCIxZjNlIl0")
        String nextCursor) {

    /**
     * Builds a page from {@code limit + 1} fetched rows: the extra row only tells that there is a next page.
     */
    public static <E, T> Page<T> of(List<E> rows, int limit, Function<E, T> mapper, Function<E, String> cursorOf) {
        return ofBatch(rows, limit, shown -> shown.stream().map(mapper).toList(), cursorOf);
    }

    /** Like {@link #of}, for views built for the whole page at once (one query for all authors, say). */
    public static <E, T> Page<T> ofBatch(List<E> rows, int limit, Function<List<E>, List<T>> mapper, Function<E, String> cursorOf) {
        boolean more = rows.size() > limit;
        List<E> shown = more ? rows.subList(0, limit) : rows;
        String next = more ? cursorOf.apply(shown.get(shown.size() - 1)) : null;
        return new Page<>(mapper.apply(shown), next);
    }
}
