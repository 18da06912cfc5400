package app.alumni.common;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An entity whose rows are found by {@link TextSearch}: it keeps the normalised text of its searchable fields and the
 * set of that text's one- and two-character grams (GIN-indexed) in {@code search_text} and {@code search_grams}.
 */
@MappedSuperclass
public abstract class SearchableEntity extends PanacheEntityBase {

    @Column(name = "search_text")
    protected String searchText = "";

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "search_grams")
    protected List<String> searchGrams = new ArrayList<>();

    /** Recomputes the search keys from the given field values; call it on every write of them. */
    protected void indexForSearch(Stream<String> fields) {
        TextSearch.Keys keys = TextSearch.Keys.of(fields);
        searchText = keys.text();
        searchGrams = keys.grams();
    }
}
