package app.alumni.member;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The privacy policy members accept when they register: its current version and its text in Japanese and English. */
@ApplicationScoped
public class PrivacyPolicy {

    private final String version;
    private final Map<String, String> texts;

    PrivacyPolicy(@ConfigProperty(name = "alumni.privacy-policy.version") String version) {
        this.version = version;
        this.texts = Map.of("ja", read("ja"), "en", read("en"));
    }

    public String currentVersion() {
        return version;
    }

    public String text(Locale locale) {
        return texts.getOrDefault(locale.getLanguage(), texts.get("en"));
    }

    private static String read(String language) {
        try (InputStream in = PrivacyPolicy.class.getResourceAsStream("/privacy-policy/" + language + ".md")) {
            if (in == null) {
                throw new IllegalStateException("privacy-policy/" + language + ".md is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
