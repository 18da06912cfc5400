package app.alumni.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The words of a search query and the SQL that finds them: every word must be a substring of the row's normalised
 * text, looked up through the GIN index of its one- and two-character grams and confirmed with LIKE.
 * Tables taking part have {@code search_text} and {@code search_grams} columns maintained with {@link TextKeys}.
 */
public final class TextSearch {

    public static final int MAX_TERMS = 5;

    private TextSearch() {
    }

    /** The distinct normalised words of {@code q} (none for null); more than {@link #MAX_TERMS} is a 400 on field {@code q}. */
    public static List<String> terms(String q) {
        List<String> terms = q == null ? List.of()
                : List.of(TextKeys.normalize(q).split(" ")).stream().filter(t -> !t.isEmpty()).distinct().toList();
        if (terms.size() > MAX_TERMS) {
            throw ProblemException.invalid("q", "validation.too-many-terms", MAX_TERMS);
        }
        return terms;
    }

    /** Appends {@code and ...} conditions for each word on the table alias, binding their parameters. */
    public static void appendConditions(StringBuilder sql, Map<String, Object> params, String alias, List<String> terms) {
        for (int i = 0; i < terms.size(); i++) {
            String term = terms.get(i);
            sql.append(" and ").append(alias).append(".search_grams @> cast(:g").append(i).append(" as text[]) and ")
                    .append(alias).append(".search_text like :p").append(i).append(" escape '\\'");
            params.put("g" + i, TextKeys.arrayLiteral(TextKeys.queryGrams(term)));
            params.put("p" + i, "%" + TextKeys.likeEscape(term) + "%");
        }
    }

    /** The search keys of a row from its text fields: the normalised text and the set of its grams. */
    public record Keys(String text, List<String> grams) {

        public static Keys of(Stream<String> fields) {
            List<String> parts = fields.map(TextKeys::normalize).filter(s -> !s.isEmpty()).distinct().toList();
            return new Keys(String.join("\n", parts),
                    new ArrayList<>(parts.stream().flatMap(s -> TextKeys.grams(s).stream()).distinct().toList()));
        }
    }
}
