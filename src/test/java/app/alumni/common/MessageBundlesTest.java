package app.alumni.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Both languages say the same things, and no key is said twice (the second would silently win). */
class MessageBundlesTest {

    private static List<String> keys(String file) throws IOException {
        return Files.readAllLines(Path.of("src/main/resources", file), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#") && l.contains("=")).map(l -> l.substring(0, l.indexOf('=')).strip())
                .toList();
    }

    private static List<String> repeated(List<String> keys) {
        Map<String, Long> counts = keys.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
    }

    @Test
    void japaneseAndEnglishHaveTheSameKeysOnceEach() throws IOException {
        List<String> english = keys("messages.properties");
        List<String> japanese = keys("messages_ja.properties");
        assertThat(repeated(english)).isEmpty();
        assertThat(repeated(japanese)).isEmpty();
        assertThat(japanese).containsExactlyInAnyOrderElementsOf(english);
    }

    @Test
    void patternsWithArgumentsDoubleTheirApostrophes() throws IOException {
        // MessageFormat reads a lone ' as the start of quoted text: "client's {0}" would lose the apostrophe and the argument.
        for (String file : List.of("messages.properties", "messages_ja.properties")) {
            assertThat(Files.readAllLines(Path.of("src/main/resources", file), StandardCharsets.UTF_8))
                    .filteredOn(l -> l.matches(".*\\{[0-9].*") && l.replace("''", "").contains("'")).isEmpty();
        }
    }
}
