package app.alumni.common;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Normal forms for searching and sorting Japanese and Latin text alike: NFKC (full-width and half-width
 * unified), lower case, katakana folded to hiragana, runs of white space collapsed.
 */
public final class TextKeys {

    private TextKeys() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(nfkc.length());
        boolean space = false;
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                continue;
            }
            if (space && !out.isEmpty()) {
                out.append(' ');
            }
            space = false;
            // Katakana ァ..ヶ map onto hiragana ぁ..ゖ, so "ヤマダ" and "やまだ" are the same key.
            out.append(c >= '\u30A1' && c <= '\u30F6' ? (char) (c - 0x60) : c);
        }
        return out.toString();
    }

    /**
     * The single characters and the pairs of adjacent characters of each word of {@code text}: the keys of the
     * n-gram index. Any substring of two or more characters is found through its pairs, a single character
     * through itself.
     */
    public static Set<String> grams(String normalized) {
        Set<String> grams = new LinkedHashSet<>();
        for (String word : normalized.split(" ")) {
            int[] cps = word.codePoints().toArray();
            for (int i = 0; i < cps.length; i++) {
                grams.add(new String(cps, i, 1));
                if (i + 1 < cps.length) {
                    grams.add(new String(cps, i, 2));
                }
            }
        }
        grams.remove("");
        return grams;
    }

    /** The keys a search term must all hit: its pairs, or the character itself for a one-character term. */
    public static Set<String> queryGrams(String normalizedTerm) {
        int[] cps = normalizedTerm.codePoints().toArray();
        Set<String> grams = new LinkedHashSet<>();
        if (cps.length == 1) {
            grams.add(normalizedTerm);
        }
        for (int i = 0; i + 1 < cps.length; i++) {
            grams.add(new String(cps, i, 2));
        }
        return grams;
    }

    /** A PostgreSQL array literal of {@code values}, every element quoted: bound as a parameter and cast to an array. */
    public static String arrayLiteral(Collection<String> values) {
        List<String> quoted = new ArrayList<>(values.size());
        for (String value : values) {
            quoted.add('"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"');
        }
        return "{" + String.join(",", quoted) + "}";
    }

    /** Escapes {@code %}, {@code _} and {@code \} for a LIKE pattern. */
    public static String likeEscape(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
