package app.alumni;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * What the build's Spotless check (import order, unused imports, whitespace) leaves to a test: lines fit in 140
 * columns, and code names classes through imports, never inline by their qualified names.
 */
class SourceStyleTest {

    private static final int MAX_COLUMNS = 140;
    private static final Pattern QUALIFIED_NAME =
            Pattern.compile("(?<![\\w.])(java|javax|jakarta|org|com|io)\\.[a-z0-9]+(\\.[a-z0-9]+)*\\.[A-Z]\\w*");

    @Test
    void linesFitIn140Columns() {
        List<String> tooLong = new ArrayList<>();
        forEachLine((file, number, line) -> {
            if (line.length() > MAX_COLUMNS) {
                tooLong.add(file + ":" + number + " (" + line.length() + " columns)");
            }
        });
        assertThat(tooLong).isEmpty();
    }

    @Test
    void classesAreImportedNotQualifiedInline() {
        List<String> inline = new ArrayList<>();
        forEachCodeLine((file, number, code) -> {
            var m = QUALIFIED_NAME.matcher(code);
            if (m.find()) {
                inline.add(file + ":" + number + " " + m.group());
            }
        });
        assertThat(inline).isEmpty();
    }

    private interface LineVisitor {
        void visit(Path file, int number, String line);
    }

    private static void forEachLine(LineVisitor visitor) {
        for (Path file : javaFiles()) {
            List<String> lines = read(file);
            for (int i = 0; i < lines.size(); i++) {
                visitor.visit(file, i + 1, lines.get(i));
            }
        }
    }

    /** Lines of code without comments, string literals and text blocks (where a qualified name is only text). */
    private static void forEachCodeLine(LineVisitor visitor) {
        for (Path file : javaFiles()) {
            List<String> lines = read(file);
            boolean inComment = false;
            boolean inTextBlock = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                String trimmed = line.strip();
                if (countTextBlockQuotes(line) % 2 == 1) {
                    inTextBlock = !inTextBlock;
                    continue;
                }
                if (inTextBlock) {
                    continue;
                }
                if (inComment) {
                    inComment = !trimmed.contains("*/");
                    continue;
                }
                if (trimmed.startsWith("/*")) {
                    inComment = !trimmed.contains("*/");
                    continue;
                }
                if (trimmed.startsWith("import ") || trimmed.startsWith("package ") || trimmed.startsWith("//")) {
                    continue;
                }
                visitor.visit(file, i + 1, withoutLiteralsAndComment(line));
            }
        }
    }

    private static int countTextBlockQuotes(String line) {
        int count = 0;
        for (int at = line.indexOf("\"\"\""); at >= 0; at = line.indexOf("\"\"\"", at + 3)) {
            count++;
        }
        return count;
    }

    private static String withoutLiteralsAndComment(String line) {
        StringBuilder code = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                    code.append('"');
                }
            } else if (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                break;
            } else {
                inString = c == '"';
                code.append(c);
            }
        }
        return code.toString();
    }

    private static List<Path> javaFiles() {
        List<Path> files = new ArrayList<>();
        for (String root : List.of("src/main/java", "src/test/java")) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(files).hasSizeGreaterThan(100);
        return files;
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
