package app.alumni.common;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * What request bodies may hold, beyond well-formed JSON:
 * <ul>
 * <li>text: any character but control characters (tab, line feed and carriage return excepted), which have no place
 * in names or posts and are a classic way to smuggle content into logs and exports, and no unpaired UTF-16
 * surrogates ({@code "\ud800"}), which are not characters at all. The OpenAPI document states the first rule as the
 * pattern of every free-text field;</li>
 * <li>dates: years 1 to 9999 (ISO 8601 without expansion), so every accepted date can be stored;</li>
 * <li>nothing after the JSON value.</li>
 * </ul>
 */
@Singleton
public class JsonTextRules implements ObjectMapperCustomizer {

    static final Pattern CONTROL = Pattern.compile("[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]");

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("alumni-text-rules");
        module.addDeserializer(String.class, new NoControlCharacters());
        module.setDeserializerModifier(new StorableDates());
        mapper.registerModule(module);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** Why {@code value} is not acceptable request text, as a message key, or null when it is. */
    public static String problemOf(String value) {
        if (value == null) {
            return null;
        }
        if (CONTROL.matcher(value).find()) {
            return "validation.invalid-value";
        }
        return hasUnpairedSurrogate(value) ? "validation.surrogate" : null;
    }

    static boolean hasUnpairedSurrogate(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** Years PostgreSQL (and every client) can hold: ISO 8601's four-digit years. */
    public static boolean storableYear(TemporalAccessor value) {
        if (value == null || !value.isSupported(ChronoField.YEAR)) {
            return true;
        }
        int year = value.get(ChronoField.YEAR);
        return year >= 1 && year <= 9999;
    }

    static final class NoControlCharacters extends StdScalarDeserializer<String> {
        NoControlCharacters() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (problemOf(value) != null) {
                throw InvalidFormatException.from(parser, "control characters and unpaired surrogates are not allowed", value,
                        String.class);
            }
            return value;
        }
    }

    /** Wraps the java.time deserializers of the types requests use with the year check. */
    static final class StorableDates extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                JsonDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            if (type == OffsetDateTime.class || type == LocalDate.class || type == YearMonth.class) {
                return new YearChecked(deserializer);
            }
            return deserializer;
        }
    }

    static final class YearChecked extends DelegatingDeserializer {
        YearChecked(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new YearChecked(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            if (value instanceof TemporalAccessor temporal && !storableYear(temporal)) {
                throw InvalidFormatException.from(parser, "year out of range", value.toString(), value.getClass());
            }
            return value;
        }
    }
}
