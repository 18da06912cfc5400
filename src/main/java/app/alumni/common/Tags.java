package app.alumni.common;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Tags in one normal form: trimmed, NFKC (full-/half-width unified), case-folded, without a leading '#'; Japanese kept. */
public final class Tags {

    private Tags() {
    }

    public static String normalize(String tag) {
        String key = TextKeys.normalize(tag);
        while (key.startsWith("#")) {
            key = key.substring(1).strip();
        }
        return key;
    }

    public static ArrayList<String> normalizeAll(List<String> tags) {
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
