package app.alumni.member;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.persistence.Entity;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

import app.alumni.common.SearchableEntity;
import app.alumni.common.TextKeys;
import app.alumni.common.TextSearch;

/**
 * One person the company knows left (or, fed by SCIM, still works there): HR's record, keyed by employee number.
 * Registrations are matched against it; {@code memberId} is the member it was matched with or approved as.
 */
@Entity
public class RosterEntry extends SearchableEntity {

    public String employeeNumber;
    public String fullName;
    public String fullNameKana;
    public String email;
    public LocalDate joinedOn;
    public LocalDate leftOn;
    public String lastDepartment;
    public boolean contactOptIn;
    public boolean rehireInterest;
    public UUID memberId;
    public OffsetDateTime updatedAt;
    /** SCIM: the identity provider's {@code userName}; the entry is a SCIM User (its id this entry's) while it has one. */
    public String userName;
    public String externalId;
    /** SCIM: the name's parts as the identity provider sent them ({@code fullName} is family name, space, given name). */
    public String familyName;
    public String givenName;
    /** When HR's invitation to this leaver is due (they left, agreed to be contacted, and are no member yet). */
    public OffsetDateTime inviteDueAt;

    String nameKey;
    String kanaKey;

    /** The key an employee number is stored and looked up by: NFKC (full-width digits fold), upper case, trimmed. */
    public static String numberKey(String employeeNumber) {
        return employeeNumber == null ? null : Normalizer.normalize(employeeNumber, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
    }

    /** A name as matching compares it: the search folding (width, case, katakana to hiragana) without any space. */
    public static String nameKey(String name) {
        String key = TextKeys.normalize(name).replace(" ", "");
        return key.isEmpty() ? null : key;
    }

    public static Optional<RosterEntry> findByEmployeeNumber(String employeeNumber) {
        return find("employeeNumber", numberKey(employeeNumber)).firstResultOptional();
    }

    /** The entries of these employee numbers (already keys), in one query. */
    static List<RosterEntry> byEmployeeNumbers(Collection<String> numberKeys) {
        return numberKeys.isEmpty() ? List.of() : list("employeeNumber in ?1", numberKeys);
    }

    /** The entries with one of these names or readings (already keys), in one query. */
    static List<RosterEntry> byNameKeys(Collection<String> nameKeys) {
        return nameKeys.isEmpty() ? List.of() : list("nameKey in ?1 or kanaKey in ?1", nameKeys);
    }

    /** The SCIM User of this id: an entry the identity provider provisioned (and has not deleted). */
    public static Optional<RosterEntry> findScimUser(UUID id, LockModeType lock) {
        return find("id = ?1 and userName is not null", id).withLock(lock).firstResultOptional();
    }

    public static Optional<RosterEntry> findByMember(UUID memberId) {
        return find("memberId", memberId).firstResultOptional();
    }

    /** The derived columns as a write would store them, for writers that bypass the entity (bulk imports). */
    public String nameKeyValue() {
        return nameKey(fullName);
    }

    public String kanaKeyValue() {
        return nameKey(fullNameKana);
    }

    public TextSearch.Keys searchKeys() {
        return TextSearch.Keys.of(searchableFields());
    }

    @Override
    protected Stream<String> searchableFields() {
        // Names also without their inner space, as in the directory, so "田中太郎" finds "田中 太郎".
        return Stream.of(employeeNumber, fullName, fullNameKana, fullName == null ? null : fullName.replaceAll("\\s+", ""),
                fullNameKana == null ? null : fullNameKana.replaceAll("\\s+", ""), email, lastDepartment);
    }

    @PrePersist
    @PreUpdate
    void refreshKeys() {
        employeeNumber = numberKey(employeeNumber);
        nameKey = nameKey(fullName);
        kanaKey = nameKey(fullNameKana);
    }
}
