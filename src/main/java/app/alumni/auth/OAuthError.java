package app.alumni.auth;

/**
 * A refusal at the token endpoint, answered in the format of RFC 6749 §5.2 ({@code {"error", "error_description"}})
 * rather than as problem+json: OAuth client libraries read that format.
 */
class OAuthError extends RuntimeException {

    private final int status;
    private final String error;
    private final long retryAfterSeconds;

    private OAuthError(int status, String error, String description, long retryAfterSeconds) {
        super(description, null, false, false);
        this.status = status;
        this.error = error;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    static OAuthError invalidRequest(String description) {
        return new OAuthError(400, "invalid_request", description, 0);
    }

    static OAuthError invalidClient() {
        return new OAuthError(401, "invalid_client", "Client authentication failed: unknown client, wrong secret, or a revoked or "
                + "suspended client.", 0);
    }

    static OAuthError unsupportedGrantType() {
        return new OAuthError(400, "unsupported_grant_type", "Only grant_type=client_credentials is supported.", 0);
    }

    static OAuthError invalidScope(String scope) {
        return new OAuthError(400, "invalid_scope", "The client was not granted the scope '" + scope + "'.", 0);
    }

    /** Too many failed attempts: {@code slow_down} (RFC 8628 §3.5), with {@code Retry-After}. */
    static OAuthError slowDown(long retryAfterSeconds) {
        return new OAuthError(429, "slow_down", "Too many failed attempts from this address; retry after the given seconds.",
                retryAfterSeconds);
    }

    int status() {
        return status;
    }

    String error() {
        return error;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
