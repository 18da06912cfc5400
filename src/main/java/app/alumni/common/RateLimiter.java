package app.alumni.common;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.http.HttpServerRequest;

/**
 * A fixed-window request budget per client address for the whole API, announced on every response with
 * {@code RateLimit-Limit}, {@code RateLimit-Remaining} and {@code RateLimit-Reset}; over budget is 429 with
 * {@code Retry-After}. Kept in memory, so each instance counts its own share. Sign-in has its own, stricter,
 * database-backed throttle.
 */
@ApplicationScoped
public class RateLimiter {

    @ConfigMapping(prefix = "alumni.rate-limit")
    public interface RateLimitConfig {
        /** Requests one client address may make per minute. */
        @WithDefault("600")
        int requestsPerMinute();
    }

    private static final long WINDOW_MILLIS = 60_000;
    private static final int MAX_TRACKED = 100_000;
    private static final String STATE = RateLimiter.class.getName();

    private record Window(long start, AtomicInteger used) {
    }

    private record Budget(int limit, int remaining, long resetSeconds) {
    }

    private final int limit;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    RateLimiter(RateLimitConfig config, Clock clock) {
        this.clock = clock;
        this.limit = config.requestsPerMinute();
    }

    @ServerRequestFilter(preMatching = true, priority = Priorities.USER - 200)
    public void count(ContainerRequestContext request, HttpServerRequest http) {
        long now = clock.millis();
        if (windows.size() > MAX_TRACKED) {
            windows.values().removeIf(w -> now - w.start() >= WINDOW_MILLIS);
        }
        String key = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        Window window = windows.compute(key, (k, w) -> w == null || now - w.start() >= WINDOW_MILLIS ? new Window(now, new AtomicInteger())
                : w);
        int used = window.used().incrementAndGet();
        long reset = Math.max(1, (window.start() + WINDOW_MILLIS - now + 999) / 1000);
        request.setProperty(STATE, new Budget(limit, Math.max(0, limit - used), reset));
        if (used > limit) {
            throw ProblemException.tooManyRequests(reset, "problem.too-many-requests.rate-limit");
        }
    }

    @ServerResponseFilter
    public void announce(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(STATE) instanceof Budget budget) {
            response.getHeaders().putSingle("RateLimit-Limit", budget.limit());
            response.getHeaders().putSingle("RateLimit-Remaining", budget.remaining());
            response.getHeaders().putSingle("RateLimit-Reset", budget.resetSeconds());
        }
    }
}
