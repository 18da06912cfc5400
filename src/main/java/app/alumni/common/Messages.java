package app.alumni.common;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts of the API in English and Japanese ({@code messages*.properties}, UTF-8). */
public final class Messages {

    public static final Locale JAPANESE = Locale.JAPANESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private Messages() {
    }

    /** The first language of {@code acceptable} that the API speaks, else English. */
    public static Locale pick(List<Locale> acceptable) {
        if (acceptable != null) {
            for (Locale locale : acceptable) {
                if ("ja".equals(locale.getLanguage())) {
                    return JAPANESE;
                }
                if ("en".equals(locale.getLanguage())) {
                    return ENGLISH;
                }
            }
        }
        return ENGLISH;
    }

    /** Like {@link #pick(List)}, from the raw {@code Accept-Language} header; a malformed header means English. */
    public static Locale pick(String acceptLanguage) {
        if (acceptLanguage == null || !RequestHeaders.validLanguageList(acceptLanguage)) {
            return ENGLISH;
        }
        try {
            return pick(Locale.LanguageRange.parse(acceptLanguage).stream().map(r -> Locale.forLanguageTag(r.getRange())).toList());
        } catch (IllegalArgumentException e) {
            return ENGLISH;
        }
    }

    public static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args == null || args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
