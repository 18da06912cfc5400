package app.alumni.common;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;


/**
 * An entity whose rows are found by {@link TextSearch}: it keeps the normalised text of its searchable fields and the
 * set of that text's one- and two-character grams (GIN-indexed) in {@code search_text} and {@code search_grams}.
 */
@MappedSuperclass
public abstract class SearchableEntity extends VersionedEntity {

    protected String searchText = "";

    @JdbcTypeCode(SqlTypes.ARRAY)
    protected List<String> searchGrams = new ArrayList<>();

    /** The values of the fields a search finds the row by. */
    protected abstract Stream<String> searchableFields();

    /** Recomputes the search keys before every insert and update, so that no write can forget them. */
    @PrePersist
    @PreUpdate
    void refreshSearchKeys() {
        TextSearch.Keys keys = TextSearch.Keys.of(searchableFields());
        searchText = keys.text();
        searchGrams = keys.grams();
    }
}
