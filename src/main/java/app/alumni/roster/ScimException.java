package app.alumni.roster;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import app.alumni.common.CachePolicy;
import app.alumni.common.Messages;
import app.alumni.common.ProblemException;
import app.alumni.common.ProblemType;
import app.alumni.roster.ScimViews.ScimErrorBody;

/**
 * A SCIM request refused, answered as RFC 7644 §3.12 prescribes ({@code {schemas, status, scimType, detail}} as
 * {@code application/scim+json}) rather than as problem+json: identity providers read that format. The detail is in
 * Japanese or English by {@code Accept-Language}, as every error of this API.
 */
class ScimException extends RuntimeException {

    private final int status;
    private final String scimType;
    private final transient Object[] args;

    private ScimException(int status, String scimType, String key, Object... args) {
        super(key, null, false, false);
        this.status = status;
        this.scimType = scimType;
        this.args = args;
    }

    static ScimException invalidValue(String key, Object... args) {
        return new ScimException(400, "invalidValue", key, args);
    }

    static ScimException invalidSyntax(String key, Object... args) {
        return new ScimException(400, "invalidSyntax", key, args);
    }

    static ScimException invalidFilter() {
        return new ScimException(400, "invalidFilter", "scim.invalid-filter");
    }

    static ScimException invalidPath(String path) {
        return new ScimException(400, "invalidPath", "scim.invalid-path", path);
    }

    static ScimException noTarget(String path) {
        return new ScimException(400, "noTarget", "scim.no-target", path);
    }

    static ScimException mutability(String key, Object... args) {
        return new ScimException(400, "mutability", key, args);
    }

    static ScimException uniqueness(String key) {
        return new ScimException(409, "uniqueness", key);
    }

    static ScimException notFound() {
        return new ScimException(404, null, "scim.not-found");
    }

    /** The SCIM error response of a refusal. */
    static Response response(ScimException e, HttpHeaders headers) {
        Locale locale = Messages.pick(headers.getAcceptableLanguages());
        return response(e.status, e.scimType, Messages.get(locale, e.getMessage(), e.args));
    }

    /** A problem raised by the code the SCIM endpoints share with the rest of the API, as a SCIM error. */
    static Response response(ProblemException e, HttpHeaders headers) {
        Locale locale = Messages.pick(headers.getAcceptableLanguages());
        ProblemType type = e.type();
        String detail = switch (type) {
            case STALE_VERSION -> Messages.get(locale, "scim.stale-version");
            case VALIDATION -> e.violations().stream()
                    .map(v -> v.field() + ": " + Messages.get(locale, v.messageKey(), v.args())).collect(Collectors.joining("; "));
            default -> Messages.get(locale, e.detailKey() != null ? e.detailKey() : "problem." + type.slug() + ".detail",
                    e.detailArgs());
        };
        Response response = response(type.status(), type == ProblemType.VALIDATION ? "invalidValue" : null, detail);
        e.headers().forEach((name, value) -> response.getHeaders().putSingle(name, value));
        return response;
    }

    private static Response response(int status, String scimType, String detail) {
        return Response.status(status).type(ScimViews.MEDIA_TYPE).header(HttpHeaders.CACHE_CONTROL, CachePolicy.NO_STORE)
                .entity(new ScimErrorBody(List.of(ScimViews.ERROR), Integer.toString(status), scimType, detail)).build();
    }
}
