package app.alumni.member;

import java.util.List;
import java.util.Set;

import app.alumni.common.TextKeys;
import app.alumni.common.TextSearch;

/** The directory's filters, normalised the same way as the stored keys (the department also as written). */
public record DirectoryFilter(List<String> terms, String skill, String industry, Set<OpenTo> openTo, Integer leftYear,
        String department, String departmentText) {

    public static DirectoryFilter of(String q, String skill, String industry, Set<OpenTo> openTo, Integer leftYear, String department) {
        String key = key(department);
        return new DirectoryFilter(TextSearch.terms(q), key(skill), key(industry), openTo == null ? Set.of() : openTo, leftYear, key,
                key == null ? null : department.strip());
    }

    private static String key(String value) {
        String normalized = TextKeys.normalize(value);
        return normalized.isEmpty() ? null : normalized;
    }
}
