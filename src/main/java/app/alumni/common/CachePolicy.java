package app.alumni.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Nothing the API answers may be kept by a shared or browser cache unless its resource says so: profiles, feeds and
 * tokens are personal. Public, cacheable reads (the privacy policy, the JWK set) set their own {@code Cache-Control}.
 */
public class CachePolicy {

    public static final String NO_STORE = "no-store";
    /** For public documents that change rarely: an hour, shared caches included. */
    public static final String PUBLIC_HOUR = "public, max-age=3600";

    @ServerResponseFilter
    public void noStoreByDefault(ContainerRequestContext request, ContainerResponseContext response) {
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, NO_STORE);
        }
    }
}
