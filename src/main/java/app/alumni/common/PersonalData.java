package app.alumni.common;

import java.util.UUID;

import jakarta.persistence.EntityManager;

/**
 * A feature's part of a member's personal-data export (APPI art. 33, GDPR art. 15 and 20). Each feature that keeps
 * personal data of members provides one bean per part; the export feature writes every part into the member's
 * document and never reads the features' tables itself. A part holds what the member gave, did or was sent, never
 * HR-only data (notes, assessments) or other members' personal data.
 */
public interface PersonalData {

    /** The part's key in the document ({@code posts}, {@code applications}); unique across features. */
    String part();

    /** The member's data, as Jackson writes it (records, lists, maps); called in a read-only transaction. */
    Object of(UUID memberId);

    /** A part that is the rows of one statement naming the member {@code :member} (see {@link PersonalRows}). */
    static PersonalData rows(EntityManager em, String part, String sql) {
        return new PersonalData() {
            @Override
            public String part() {
                return part;
            }

            @Override
            public Object of(UUID memberId) {
                return PersonalRows.of(em, sql, memberId);
            }
        };
    }
}
