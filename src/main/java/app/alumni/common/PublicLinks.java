package app.alumni.common;

import java.net.URI;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.runtime.Startup;
import io.smallrye.config.ConfigMapping;

/**
 * Links the API hands out (calendar subscription URLs, later e-mails) start with the configured public base URL,
 * never with the request's {@code Host} header, which a client controls. Created at start ({@code @Startup}), so a
 * malformed base URL stops the service rather than its first link. Without one, links name this server on
 * {@code localhost} and the start says so: right for a first run on one machine, wrong behind a proxy.
 */
@Startup
@ApplicationScoped
public class PublicLinks {

    /** Where members reach the API. */
    @ConfigMapping(prefix = "alumni.public")
    public interface PublicConfig {
        /** {@code alumni.public.api-url} (env {@code ALUMNI_PUBLIC_API_URL}). */
        Optional<URI> apiUrl();

        /** The former name of {@link #apiUrl()} (env {@code ALUMNI_PUBLIC_BASE_URL}), still read when that is not set. */
        Optional<URI> baseUrl();
    }

    private static final Logger LOG = Logger.getLogger(PublicLinks.class);
    private static final String API_URL = "alumni.public.api-url (ALUMNI_PUBLIC_API_URL)";
    private static final String BASE_URL = "alumni.public.base-url (ALUMNI_PUBLIC_BASE_URL)";

    private final String base;

    PublicLinks(PublicConfig config, @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int port) {
        String setting = config.apiUrl().isPresent() || config.baseUrl().isEmpty() ? API_URL : BASE_URL;
        this.base = validated(config.apiUrl().or(config::baseUrl).orElseGet(() -> {
            URI local = URI.create("http://localhost:" + port);
            LOG.warnf("ALUMNI_PUBLIC_API_URL (alumni.public.api-url) is not set: links the API hands out start with %s. "
                    + "Set it to where members reach the API, such as https://alumni.example.com.", local);
            return local;
        }), setting);
    }

    /** The absolute URL of {@code path} (which starts with {@code /}). */
    public String url(String path) {
        return base + path;
    }

    /** A created resource's {@code Location} (which JAX-RS makes absolute from the request's Host) on the public URL. */
    @ServerResponseFilter
    public void publicLocation(ContainerResponseContext response) {
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        if (location != null) {
            URI uri = URI.create(location.toString());
            String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            response.getHeaders().putSingle(HttpHeaders.LOCATION, url(path));
        }
    }

    /** An absolute http(s) URL without query or fragment, without its trailing slash; else start fails naming the setting. */
    public static String validated(URI uri, String setting) {
        String scheme = uri.getScheme();
        if (!uri.isAbsolute() || uri.getHost() == null || !("https".equals(scheme) || "http".equals(scheme))
                || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalStateException(setting + " must be an absolute http(s) URL without query or fragment, such as "
                    + "https://alumni.example.com; it is " + uri);
        }
        String text = uri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
