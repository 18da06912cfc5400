package app.alumni.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An absolute {@code https} URL that {@link URI} parses, with a host: what a browser, a calendar app or a mail client
 * can open. A pattern alone lets through {@code https://meet.example.com/{room}} or {@code https://[::1}, which break
 * every consumer that does parse them (iCalendar writers included). Null is valid.
 */
@Documented
@Constraint(validatedBy = HttpsUrl.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface HttpsUrl {

    /** The pattern the OpenAPI document states; the validator checks more. */
    String PATTERN = "^https://[^\\s/?#]+[^\\s]*$";

    String message() default "{validation.https-url}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<HttpsUrl, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isHttpsUrl(value);
        }

        public static boolean isHttpsUrl(String value) {
            if (!value.startsWith("https://") || value.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                return false;
            }
            try {
                URI uri = new URI(value);
                return "https".equals(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank();
            } catch (URISyntaxException e) {
                return false;
            }
        }
    }
}
