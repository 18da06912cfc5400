package app.alumni.post;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import app.alumni.common.TextKeys;

/** Tags in one normal form: trimmed, NFKC (full-/half-width unified), case-folded, without a leading '#'; Japanese kept. */
final class Tags {

    private Tags() {
    }

    static String normalize(String tag) {
        String key = TextKeys.normalize(tag);
        while (key.startsWith("#")) {
            key = key.substring(1).strip();
        }
        return key;
    }

    static ArrayList<String> normalizeAll(List<String> tags) {
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        if (tags != null) {
            for (String tag : tags) {
                String key = normalize(tag);
                if (!key.isEmpty()) {
                    keys.add(key);
                }
            }
        }
        return new ArrayList<>(keys);
    }
}
