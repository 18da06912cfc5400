package app.alumni.common;

/** Media types and header names the resources share. */
public final class HttpNames {

    public static final String MERGE_PATCH_JSON = "application/merge-patch+json";
    public static final String IF_MATCH = "If-Match";

    private HttpNames() {
    }
}
