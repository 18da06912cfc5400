package app.alumni.common;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Normalises two request headers before anything reads them. It works on the HTTP request itself, not on the JAX-RS
 * view of it, because Hibernate Validator picks the language of its messages from the HTTP request.
 * <ul>
 * <li>{@code Accept}: a client that accepts problem details ({@code application/problem+json}) accepts JSON. Generated
 * clients send exactly that for operations whose only documented body is an error (every 204 operation); they are
 * served, and errors still come as problem+json.</li>
 * <li>{@code Accept-Language}: a header that is not a valid RFC 9110 language list ({@code en;q=abc}, {@code ja;q=2})
 * is ignored, so the answer comes in the default language instead of failing; a valid one is narrowed to the one
 * language the API answers in (Japanese or English), so that every part of an answer agrees.</li>
 * </ul>
 */
@ApplicationScoped
class RequestHeaders {

    private static final String PROBLEM_JSON = ProblemMappers.PROBLEM_JSON;
    private static final Pattern LANGUAGE_RANGE = Pattern.compile(
            "\\s*(\\*|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*)\\s*(;\\s*[qQ]\\s*=\\s*(0(\\.[0-9]{0,3})?|1(\\.0{0,3})?))?\\s*");

    void routes(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::normalise);
    }

    private void normalise(RoutingContext context) {
        MultiMap headers = context.request().headers();
        List<String> accept = headers.getAll(HttpHeaders.ACCEPT);
        if (accept.stream().anyMatch(a -> a.contains(PROBLEM_JSON))
                && accept.stream().noneMatch(a -> a.contains("application/json") || a.contains("*/*") || a.contains("application/*"))) {
            headers.add(HttpHeaders.ACCEPT, "application/json;q=0.9");
        }
        List<String> languages = headers.getAll(HttpHeaders.ACCEPT_LANGUAGE);
        if (!languages.isEmpty()) {
            String header = String.join(",", languages);
            headers.set(HttpHeaders.ACCEPT_LANGUAGE,
                    validLanguageList(header) ? Messages.pick(header).getLanguage() : Messages.ENGLISH.getLanguage());
        }
        context.next();
    }

    static boolean validLanguageList(String header) {
        if (header.length() > 500) {
            return false;
        }
        for (String range : header.split(",", -1)) {
            if (!range.isBlank() && !LANGUAGE_RANGE.matcher(range).matches()) {
                return false;
            }
        }
        return true;
    }
}
