package app.alumni.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An operation HR's audit log records (APPI): who (a member or an API client, and the role they acted in), what
 * ({@link #action()}), on what ({@link #target()} and the path parameter that names it), when, from which address,
 * in which request, and with which outcome. A read of personal data ({@link #read()}) is recorded when staff (HR
 * admins, moderators) or API clients make it; members reading the community are not; an action is always recorded.
 * The members whose data a response carries beyond the target are named through {@link AuditTrail}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Audited {

    /** What was done, as {@code target.verb}: {@code registration.approve}, {@code talent-pool.read}. */
    String action();

    /** The kind of thing acted on: {@code member}, {@code listing}, {@code roster-entry}, ... */
    String target();

    /** The path parameter that names the target; none when empty or absent from the path. */
    String targetParam() default "id";

    /** A read of personal data, recorded only when staff or a client makes it. */
    boolean read() default false;
}
