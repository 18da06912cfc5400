package app.alumni.common;

import java.util.regex.Pattern;

/**
 * Which role names are OAuth scopes of HR's machine clients: lower-case words with at most one colon
 * ({@code jobs:read}, {@code scim}). Member roles are upper case ({@code HR_ADMIN}) and the two roles every member
 * holds have a hyphen ({@code active-member}), so the two never mix.
 */
public final class ScopeNames {

    private static final Pattern SCOPE = Pattern.compile("[a-z]+(:[a-z]+)?");

    private ScopeNames() {
    }

    public static boolean isScope(String role) {
        return SCOPE.matcher(role).matches();
    }
}
