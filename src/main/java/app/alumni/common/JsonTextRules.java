package app.alumni.common;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Text in request bodies may hold any character but control characters (tab, line feed and carriage return
 * excepted): they have no place in names or posts and are a classic way to smuggle content into logs and exports.
 * The OpenAPI document states the same rule as the pattern of every free-text field.
 */
@Singleton
public class JsonTextRules implements ObjectMapperCustomizer {

    static final Pattern CONTROL = Pattern.compile("[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]");

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("alumni-text-rules");
        module.addDeserializer(String.class, new NoControlCharacters());
        mapper.registerModule(module);
    }

    static final class NoControlCharacters extends StdScalarDeserializer<String> {
        NoControlCharacters() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && CONTROL.matcher(value).find()) {
                throw InvalidFormatException.from(parser, "control characters are not allowed", value, String.class);
            }
            return value;
        }
    }
}
