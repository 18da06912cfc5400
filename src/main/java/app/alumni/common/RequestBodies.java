package app.alumni.common;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every request body is bounded by its endpoint's {@link BodyLimit} (413 when larger: at once from
 * {@code Content-Length}, or as soon as a chunked body grows past it) and must be well-formed UTF-8 (RFC 3629: no
 * overlong forms, no surrogates, nothing above U+10FFFF), which JSON parsers do not all check.
 */
@Provider
public class RequestBodies implements ReaderInterceptor {

    private static final String LIMIT = RequestBodies.class.getName() + ".limit";
    private static final String ANY_ENCODING = RequestBodies.class.getName() + ".any-encoding";

    @ServerRequestFilter
    public void checkDeclaredLength(ContainerRequestContext request, ResourceInfo resource) {
        long limit = limitOf(resource) * 1024L;
        request.setProperty(LIMIT, limit);
        request.setProperty(ANY_ENCODING, !utf8Only(resource));
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > limit) {
                    throw tooLarge(limit);
                }
            } catch (NumberFormatException e) {
                throw ProblemException.of(ProblemType.MALFORMED_REQUEST);
            }
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        long limit = context.getProperty(LIMIT) instanceof Long l ? l : BodyLimit.STANDARD_KIB * 1024L;
        context.setInputStream(new Utf8Guard(context.getInputStream(), limit, !Boolean.TRUE.equals(context.getProperty(ANY_ENCODING))));
        return context.proceed();
    }

    static boolean utf8Only(ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        return method == null || !method.isAnnotationPresent(BodyLimit.class) || method.getAnnotation(BodyLimit.class).utf8();
    }

    static int limitOf(ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method != null && method.isAnnotationPresent(BodyLimit.class)) {
            return method.getAnnotation(BodyLimit.class).kib();
        }
        Class<?> type = resource == null ? null : resource.getResourceClass();
        if (type != null && type.isAnnotationPresent(BodyLimit.class)) {
            return type.getAnnotation(BodyLimit.class).kib();
        }
        return BodyLimit.STANDARD_KIB;
    }

    static ProblemException tooLarge(long limit) {
        return ProblemException.of(ProblemType.PAYLOAD_TOO_LARGE, "problem.payload-too-large.limit", limit / 1024);
    }

    /** Counts and validates the bytes as they are read. */
    static final class Utf8Guard extends FilterInputStream {

        private final long limit;
        private final boolean utf8;
        private long count;
        /** Continuation bytes still expected, and the range the next one must lie in. */
        private int pending;
        private int low = 0x80;
        private int high = 0xBF;

        Utf8Guard(InputStream in, long limit, boolean utf8) {
            super(in);
            this.limit = limit;
            this.utf8 = utf8;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0) {
                end();
            } else {
                accept(b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n < 0) {
                end();
            }
            for (int i = 0; i < n; i++) {
                accept(buffer[offset + i] & 0xFF);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = 0;
            while (skipped < n && read() >= 0) {
                skipped++;
            }
            return skipped;
        }

        private void accept(int b) {
            if (++count > limit) {
                throw tooLarge(limit);
            }
            if (!utf8) {
                return;
            }
            if (pending > 0) {
                if (b < low || b > high) {
                    throw invalid();
                }
                pending--;
                low = 0x80;
                high = 0xBF;
                return;
            }
            if (b < 0x80) {
                return;
            }
            if (b >= 0xC2 && b <= 0xDF) {
                pending = 1;
            } else if (b == 0xE0) {
                pending = 2;
                low = 0xA0; // no overlong three-byte forms
            } else if (b == 0xED) {
                pending = 2;
                high = 0x9F; // no UTF-16 surrogates
            } else if (b >= 0xE1 && b <= 0xEF) {
                pending = 2;
            } else if (b == 0xF0) {
                pending = 3;
                low = 0x90; // no overlong four-byte forms
            } else if (b >= 0xF1 && b <= 0xF3) {
                pending = 3;
            } else if (b == 0xF4) {
                pending = 3;
                high = 0x8F; // nothing above U+10FFFF
            } else {
                throw invalid(); // a stray continuation byte, C0/C1 (overlong) or F5..FF
            }
        }

        private void end() {
            if (utf8 && pending > 0) {
                throw invalid();
            }
        }

        private static ProblemException invalid() {
            return ProblemException.invalid("body", "validation.utf8");
        }
    }
}
