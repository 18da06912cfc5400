package app.alumni.common;

import java.net.URI;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;

/**
 * Typed responses for the cases a plain return value cannot express: a versioned representation with its
 * {@code ETag}, and a created resource with its {@code Location} (made public by {@link PublicLinks}). Typed, so the
 * OpenAPI document reads the body's schema from the method itself.
 */
public final class Responses {

    private Responses() {
    }

    public static <T> RestResponse<T> ok(T body, long version) {
        return ResponseBuilder.ok(body).tag(ETags.tag(version)).build();
    }

    public static <T> RestResponse<T> created(String path, T body) {
        return ResponseBuilder.<T>created(URI.create(path)).entity(body).build();
    }

    public static <T> RestResponse<T> created(String path, T body, long version) {
        return ResponseBuilder.<T>created(URI.create(path)).entity(body).tag(ETags.tag(version)).build();
    }
}
