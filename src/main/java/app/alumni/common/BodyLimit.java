package app.alumni.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The largest request body a resource (class or method) takes, in KiB; larger bodies are refused with 413 before
 * they are read. Without it an endpoint takes {@value #STANDARD_KIB} KiB.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface BodyLimit {

    /** Sign-in, profiles, answers, reports: short text. */
    int STANDARD_KIB = 64;
    /** Posts, comments, events, listings and surveys: Markdown of up to 20,000 characters (60 KB of Japanese). */
    int LONG_TEXT_KIB = 256;
    /** Bulk imports (the alumni roster): 32 MiB, room for 100,000 rows of long Japanese names and departments. */
    int BULK_KIB = 32 * 1024;

    int kib();

    /**
     * Whether the body must be UTF-8 (checked as it is read). False for bodies in other encodings, which the endpoint
     * decodes and checks itself (a Shift_JIS spreadsheet export, say).
     */
    boolean utf8() default true;
}
