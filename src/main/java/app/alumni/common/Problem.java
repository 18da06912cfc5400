package app.alumni.common;

import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** RFC 9457 problem details, the body of every error response ({@code application/problem+json}). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details. `title` and `detail` are in Japanese or English by `Accept-Language`.")
public record Problem(
        @Schema(description = "Identifies the kind of problem; stable, documented in the README.",
                example = "urn:alumni:problem:validation-error", maxLength = 100, required = true)
        String type,
        @Schema(description = "Short, human-readable summary of the problem type.", example = "Invalid request", maxLength = 200,
                required = true)
        String title,
        @Schema(description = "HTTP status code.", example = "400", minimum = "100", maximum = "599", required = true)
        int status,
        @Schema(description = "Explanation specific to this occurrence.", example = "Some fields are invalid.", maxLength = 2000,
                required = true)
        String detail,
        @Schema(description = "Request path that produced the problem.", example = "/api/v1/auth/register", maxLength = 2000,
                required = true)
        String instance,
        @Schema(description = "Correlation id of the request, also in the `X-Request-Id` header and in the server log.",
                example = "7f3c2a0e-55a4-4d54-9a7c-0b7e4fc7d5b1", maxLength = 100, required = true)
        String correlationId,
        @Schema(description = "One entry per invalid field, parameter or header (400 only; absent otherwise).", maxItems = 100)
        List<FieldError> errors) {

    /** The problem of {@code type} in {@code locale}; {@code detail} null means the type's default detail. */
    public static Problem of(ProblemType type, Locale locale, String detail, String instance, String requestId,
            List<FieldError> errors) {
        return new Problem(type.uri(), Messages.get(locale, "problem." + type.slug() + ".title"), type.status(),
                detail != null ? detail : Messages.get(locale, "problem." + type.slug() + ".detail"), instance, requestId, errors);
    }

    @Schema(name = "FieldError", description = "A validation error of one field.")
    public record FieldError(
            @Schema(description = "Path of the field in the request (JSON property path or parameter name).", example = "email",
                    maxLength = 200, required = true)
            String field,
            @Schema(description = "What is wrong with it, in the language of the response.",
                    example = "must be a well-formed email address", maxLength = 500, required = true)
            String message) {
    }
}
