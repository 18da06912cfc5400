package app.alumni.common;

import jakarta.ws.rs.core.EntityTag;

/** Strong entity tags from an entity's optimistic-lock version, and the {@code If-Match} check. */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The {@code ETag} response header value of this version. */
    public static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Fails with 412 when {@code ifMatch} is present and names neither {@code *} nor the current version.
     * An absent header means the client accepts last-write-wins.
     */
    public static void check(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String current = of(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(current)) {
                return;
            }
        }
        throw ProblemException.of(ProblemType.STALE_VERSION);
    }
}
