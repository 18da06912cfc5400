package app.alumni.member;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import app.alumni.common.Violation;

/**
 * Password rules (after NIST SP 800-63B): at least 10 characters, at most 64, not the email address, not a commonly
 * used password, and not mere repetition (white space only, or fewer than {@value #MIN_DISTINCT} different characters).
 */
@ApplicationScoped
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 64;
    public static final int MIN_DISTINCT = 4;

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** Violations of the rules for {@code password} on {@code field}; empty when it is acceptable. */
    public List<Violation> check(String field, String password, String email) {
        List<Violation> violations = new ArrayList<>();
        if (password == null) {
            return violations;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            violations.add(new Violation(field, "validation.password.too-short", MIN_LENGTH));
        } else if (length > MAX_LENGTH || password.getBytes(StandardCharsets.UTF_8).length > 72) {
            // bcrypt reads at most 72 bytes; a longer password would be silently cut.
            violations.add(new Violation(field, "validation.password.too-long", MAX_LENGTH));
        }
        String folded = password.toLowerCase(Locale.ROOT);
        if (password.isBlank()) {
            violations.add(new Violation(field, "validation.password.blank"));
        } else if (folded.codePoints().distinct().count() < MIN_DISTINCT) {
            violations.add(new Violation(field, "validation.password.repetitive", MIN_DISTINCT));
        } else if (email != null && (folded.equals(email.toLowerCase(Locale.ROOT))
                || folded.equals(email.toLowerCase(Locale.ROOT).split("@", 2)[0]))) {
            violations.add(new Violation(field, "validation.password.is-email"));
        } else if (common.contains(folded)) {
            violations.add(new Violation(field, "validation.password.common"));
        }
        return violations;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/member/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("auth/common-passwords.txt is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
