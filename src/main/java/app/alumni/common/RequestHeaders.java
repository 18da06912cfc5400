package app.alumni.common;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Normalises two request headers before anything reads them.
 * <ul>
 * <li>{@code Accept}: a client that accepts problem details ({@code application/problem+json}) accepts JSON. Generated
 * clients send exactly that for operations whose only documented body is an error (every 204 operation); they are
 * served, and errors still come as problem+json.</li>
 * <li>{@code Accept-Language}: a header that is not a valid RFC 9110 language list ({@code en;q=abc}, {@code ja;q=2})
 * is ignored, so the answer comes in the default language instead of failing; a valid one is narrowed to the one
 * language the API answers in (Japanese or English).</li>
 * </ul>
 */
public class RequestHeaders {

    private static final String PROBLEM_JSON = ProblemMappers.PROBLEM_JSON;
    private static final Pattern LANGUAGE_RANGE = Pattern.compile(
            "\\s*(\\*|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*)\\s*(;\\s*[qQ]\\s*=\\s*(0(\\.[0-9]{0,3})?|1(\\.0{0,3})?))?\\s*");

    @ServerRequestFilter(preMatching = true, priority = Priorities.USER - 100)
    public void normalise(ContainerRequestContext request) {
        List<String> accept = request.getHeaders().get(HttpHeaders.ACCEPT);
        if (accept != null && accept.stream().anyMatch(a -> a.contains(PROBLEM_JSON))
                && accept.stream().noneMatch(a -> a.contains("application/json") || a.contains("*/*") || a.contains("application/*"))) {
            request.getHeaders().add(HttpHeaders.ACCEPT, "application/json;q=0.9");
        }
        List<String> languages = request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE);
        if (languages != null) {
            // Narrowed to the one language the API will answer in, so that every part of an answer (validation
            // messages included, which Hibernate Validator resolves on its own) agrees: `*` or `fr, ja` alike.
            String header = String.join(",", languages);
            request.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE,
                    validLanguageList(header) ? Messages.pick(header).getLanguage() : Messages.ENGLISH.getLanguage());
        }
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
