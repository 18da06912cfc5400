package app.alumni.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every message exists in both languages: a key missing from one bundle would answer in the other language. */
class MessageBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = { "messages", "ValidationMessages" })
    void japaneseAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        Properties english = load(bundle + ".properties");
        Properties japanese = load(bundle + "_ja.properties");
        assertThat(english).isNotEmpty();
        assertThat(japanese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(japanese.values()).allSatisfy(text -> assertThat((String) text).isNotBlank());
        assertThat(english.values()).allSatisfy(text -> assertThat((String) text).isNotBlank());
    }

    private static Properties load(String name) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
