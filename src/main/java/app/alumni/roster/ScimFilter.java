package app.alumni.roster;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The filters identity providers send to look a user up before creating it (RFC 7644 §3.4.2.2): {@code userName eq
 * "…"} (compared ignoring case, as userName is not case-exact) and {@code externalId eq "…"}. Anything else is 400
 * {@code invalidFilter}.
 */
record ScimFilter(Attribute attribute, String value) {

    enum Attribute {
        USER_NAME,
        EXTERNAL_ID
    }

    private static final Pattern FILTER = Pattern.compile(
            "^\\s*(?:urn:ietf:params:scim:schemas:core:2\\.0:User:)?(userName|externalId)\\s+eq\\s+\"((?:[^\"\\\\]|\\\\[\"\\\\])*)\"\\s*$",
            Pattern.CASE_INSENSITIVE);

    /** The filter, or null when there is none. */
    static ScimFilter parse(String filter) {
        if (filter == null || filter.isBlank()) {
            return null;
        }
        Matcher m = FILTER.matcher(filter);
        if (!m.matches()) {
            throw ScimException.invalidFilter();
        }
        Attribute attribute = m.group(1).toLowerCase(Locale.ROOT).equals("username") ? Attribute.USER_NAME : Attribute.EXTERNAL_ID;
        return new ScimFilter(attribute, m.group(2).replace("\\\"", "\"").replace("\\\\", "\\"));
    }
}
