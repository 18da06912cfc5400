package app.alumni.common;

/**
 * Every kind of error the API answers with. The slug becomes the RFC 9457 {@code type}
 * ({@code urn:alumni:problem:<slug>}); title and detail come from the {@code messages} bundles.
 */
public enum ProblemType {
    VALIDATION(400, "validation-error"),
    MALFORMED_REQUEST(400, "malformed-request"),
    UNAUTHENTICATED(401, "unauthenticated"),
    INVALID_CREDENTIALS(401, "invalid-credentials"),
    INVALID_REFRESH_TOKEN(401, "invalid-refresh-token"),
    FORBIDDEN(403, "forbidden"),
    ACCOUNT_NOT_ACTIVE(403, "account-not-active"),
    CONSENT_REQUIRED(403, "consent-required"),
    ACCOUNT_DISABLED(403, "account-disabled"),
    INSUFFICIENT_SCOPE(403, "insufficient-scope"),
    MEMBERS_ONLY(403, "members-only"),
    MESSAGING_NOT_ALLOWED(403, "messaging-not-allowed"),
    CLIENT_SUSPENDED(403, "client-suspended"),
    NOT_FOUND(404, "not-found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable"),
    EMAIL_TAKEN(409, "email-already-registered"),
    INVALID_STATE(409, "invalid-state"),
    LAST_HR_ADMIN(409, "last-hr-admin"),
    CONCURRENT_UPDATE(409, "concurrent-update"),
    RSVP_CLOSED(409, "rsvp-closed"),
    STALE_VERSION(412, "stale-version"),
    INVITATION_EXPIRED(410, "invitation-expired"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large"),
    URI_TOO_LONG(414, "uri-too-long"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
    TOO_MANY_REQUESTS(429, "too-many-requests"),
    INTERNAL(500, "internal-error"),
    SERVICE_BUSY(503, "service-busy"),
    TEMPORARILY_UNAVAILABLE(503, "temporarily-unavailable");

    public static final String URN_PREFIX = "urn:alumni:problem:";

    private final int status;
    private final String slug;

    ProblemType(int status, String slug) {
        this.status = status;
        this.slug = slug;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String uri() {
        return URN_PREFIX + slug;
    }

    static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : MALFORMED_REQUEST;
    }
}
