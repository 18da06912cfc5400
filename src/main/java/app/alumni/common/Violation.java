package app.alumni.common;

/** A field error found by a service; {@code messageKey} is resolved in the caller's language when the problem is written. */
public record Violation(String field, String messageKey, Object... args) {
}
