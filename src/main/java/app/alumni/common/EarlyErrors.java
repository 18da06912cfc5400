package app.alumni.common;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Problem details for what the HTTP layer refuses before the API's own code runs: a body larger than the server takes
 * at all (413, at once from {@code Content-Length}) and any other failure of a request that ends without a body
 * (a malformed query string, say). What the HTTP codec refuses before routing (an over-long request line or header
 * block, a request line that is not HTTP) is answered by Vert.x itself, with a status and no body.
 */
@ApplicationScoped
class EarlyErrors {

    private static final Logger LOG = Logger.getLogger(EarlyErrors.class);

    /** The bulk imports, the only endpoints that take more than a megabyte (their own {@link BodyLimit} bounds them). */
    private static final List<String> BULK_PATHS = List.of("/api/v1/admin/roster/imports");
    /** What any other endpoint takes at most; each has a smaller limit of its own ({@link BodyLimit}). */
    private static final long MAX_STANDARD_BODY = 1024 * 1024;

    private final long maxBodySize;
    private final ObjectMapper json;

    EarlyErrors(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize, ObjectMapper json) {
        this.maxBodySize = maxBodySize.asLongValue();
        this.json = json;
    }

    void routes(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::refuseOversizedBodies);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::describeFailure);
        // A request whose URL cannot even be decoded matches no route; the router then calls its error handler.
        for (int status : new int[] { 400, 404, 405, 413, 414, 500 }) {
            router.errorHandler(status, this::describeFailure);
        }
    }

    private void refuseOversizedBodies(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long declared;
        try {
            declared = length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            declared = Long.MAX_VALUE;
        }
        long limit = BULK_PATHS.contains(context.normalizedPath()) ? maxBodySize : Math.min(maxBodySize, MAX_STANDARD_BODY);
        if (declared > limit) {
            // The rest of the body is not read: answer, then close the connection.
            context.response().putHeader(HttpHeaders.CONNECTION, "close")
                    .endHandler(v -> context.request().connection().close());
            write(context, ProblemType.PAYLOAD_TOO_LARGE, "problem.payload-too-large.limit", limit / 1024);
            return;
        }
        context.next();
    }

    private void describeFailure(RoutingContext context) {
        HttpServerResponse response = context.response();
        if (response.ended() || response.headWritten()) {
            context.next();
            return;
        }
        int status = context.statusCode();
        if (status < 400) {
            LOG.errorf(context.failure(), "Unexpected failure of %s", context.normalizedPath());
            status = 500;
        }
        ProblemType type = status == 413 ? ProblemType.PAYLOAD_TOO_LARGE : status == 414 ? ProblemType.URI_TOO_LONG
                : ProblemType.forStatus(status);
        write(context, type, null);
    }

    private void write(RoutingContext context, ProblemType type, String detailKey, Object... args) {
        Locale locale = Messages.pick(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        String requestId = RequestIds.of(context.request().getHeader(RequestIds.HEADER));
        String detail = detailKey == null ? null : Messages.get(locale, detailKey, args);
        List<Problem.FieldError> errors = type.status() == 400
                ? List.of(new Problem.FieldError("request", Messages.get(locale, "validation.invalid-value")))
                : List.of();
        String body;
        try {
            body = json.writeValueAsString(Problem.of(type, locale, detail, safePath(context), requestId, errors));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        context.response().setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemMappers.PROBLEM_JSON)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .putHeader(HttpHeaders.CACHE_CONTROL, CachePolicy.NO_STORE)
                .putHeader(RequestIds.HEADER, requestId)
                .end(body);
    }

    /** The request path, if it is plain enough to echo. */
    private static String safePath(RoutingContext context) {
        String path = context.request().path();
        return path != null && path.length() <= 200 && path.chars().allMatch(c -> c > 0x20 && c < 0x7F) ? path : "/";
    }
}
