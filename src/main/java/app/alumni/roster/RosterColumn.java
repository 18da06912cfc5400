package app.alumni.roster;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The columns of a roster file: a CSV header in English or Japanese, or a JSON item's key. */
enum RosterColumn {
    EMPLOYEE_NUMBER("employeeNumber", "employee_number", "社員番号"),
    FULL_NAME("fullName", "full_name", "氏名"),
    FULL_NAME_KANA("fullNameKana", "full_name_kana", "氏名カナ", "フリガナ"),
    EMAIL("email", "email", "メールアドレス"),
    JOINED_ON("joinedOn", "joined_on", "入社年月"),
    LEFT_ON("leftOn", "left_on", "退職年月"),
    LAST_DEPARTMENT("lastDepartment", "last_department", "最終所属"),
    CONTACT_OPT_IN("contactOptIn", "contact_opt_in", "案内希望"),
    REHIRE_INTEREST("rehireInterest", "rehire_interest", "再入社希望");

    /** The key in JSON (and in the API's views). */
    final String jsonKey;
    private final List<String> headers;

    RosterColumn(String jsonKey, String... headers) {
        this.jsonKey = jsonKey;
        this.headers = List.of(headers);
    }

    /** The column a CSV header names: either language, any width or case, surrounding spaces ignored. */
    static Optional<RosterColumn> ofHeader(String header) {
        String h = Normalizer.normalize(header, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.headers.contains(h)).findFirst();
    }

    static Optional<RosterColumn> ofJsonKey(String key) {
        return Arrays.stream(values()).filter(c -> c.jsonKey.equals(key)).findFirst();
    }

    /** Columns every file must have. */
    boolean required() {
        return this == EMPLOYEE_NUMBER || this == FULL_NAME;
    }
}
