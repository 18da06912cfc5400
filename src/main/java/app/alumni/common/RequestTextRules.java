package app.alumni.common;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The rules of request text ({@link JsonTextRules}) for the URL too: a query parameter or path segment with a control
 * character (a NUL byte from {@code %00}, say) or an unpaired surrogate is a 400 naming it, before it can reach a
 * database that would refuse it; a query string that cannot be decoded ({@code %%%}) is a 400 as well.
 */
public class RequestTextRules {

    @ServerRequestFilter(preMatching = true, priority = Priorities.USER)
    public void check(ContainerRequestContext request) {
        MultivaluedMap<String, String> query;
        List<String> segments;
        try {
            query = request.getUriInfo().getQueryParameters(true);
            segments = request.getUriInfo().getPathSegments(true).stream().map(s -> s.getPath()).toList();
        } catch (RuntimeException e) {
            // Netty's decoder fails on a malformed escape such as %%% (wrapped in Vert.x's HttpException).
            throw ProblemException.invalid("query", "validation.percent-encoding");
        }
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            String problem = JsonTextRules.problemOf(parameter.getKey());
            for (String value : parameter.getValue()) {
                problem = problem != null ? problem : JsonTextRules.problemOf(value);
            }
            if (problem != null) {
                throw ProblemException.invalid(fieldName(parameter.getKey()), problem);
            }
        }
        for (String segment : segments) {
            String problem = JsonTextRules.problemOf(segment);
            if (problem != null) {
                throw ProblemException.invalid("path", problem);
            }
        }
    }

    /** The parameter's name as the error's field, unless the name itself is the problem. */
    private static String fieldName(String name) {
        return JsonTextRules.problemOf(name) == null && name.length() <= 100 ? name : "query";
    }
}
