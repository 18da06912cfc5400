package app.alumni.common;

import java.util.List;
import java.util.Map;

/**
 * Thrown by services for every expected failure; {@link ProblemMappers} turns it into problem+json.
 * Carries message keys, not text, so the answer is written in the caller's language.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final String detailKey;
    private final Object[] detailArgs;
    private final List<Violation> violations;
    private final Map<String, String> headers;

    private ProblemException(ProblemType type, String detailKey, Object[] detailArgs, List<Violation> violations,
            Map<String, String> headers) {
        super(type.slug(), null, false, false);
        this.type = type;
        this.detailKey = detailKey;
        this.detailArgs = detailArgs;
        this.violations = violations;
        this.headers = headers;
    }

    /** A problem whose detail is the default text of its type. */
    public static ProblemException of(ProblemType type) {
        return new ProblemException(type, null, new Object[0], List.of(), Map.of());
    }

    /** A problem with a specific detail message ({@code messages} key and its arguments). */
    public static ProblemException of(ProblemType type, String detailKey, Object... args) {
        return new ProblemException(type, detailKey, args, List.of(), Map.of());
    }

    public static ProblemException invalid(List<Violation> violations) {
        return new ProblemException(ProblemType.VALIDATION, null, new Object[0], List.copyOf(violations), Map.of());
    }

    public static ProblemException invalid(String field, String messageKey, Object... args) {
        return invalid(List.of(new Violation(field, messageKey, args)));
    }

    public static ProblemException notFound() {
        return of(ProblemType.NOT_FOUND);
    }

    /** 429 with {@code Retry-After}; {@code detailKey} explains which limit in the caller's terms (its argument 0 is the wait). */
    public static ProblemException tooManyRequests(long retryAfterSeconds, String detailKey) {
        return new ProblemException(ProblemType.TOO_MANY_REQUESTS, detailKey,
                new Object[] { retryAfterSeconds }, List.of(), Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    /** 503 with {@code Retry-After}: the server is busy with this kind of work; the request may be repeated as is. */
    public static ProblemException busy(long retryAfterSeconds) {
        return new ProblemException(ProblemType.SERVICE_BUSY, null, new Object[0], List.of(),
                Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    public ProblemType type() {
        return type;
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] detailArgs() {
        return detailArgs;
    }

    public List<Violation> violations() {
        return violations;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
