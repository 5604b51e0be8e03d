package org.recits.indicators.values.internal;

import java.util.List;
import java.util.Locale;
import org.recits.api.model.LocalizedText;
import org.recits.api.text.Bilingual;

/**
 * The texts of this bundle's values (n/d reasons, notes, details), from this package's
 * {@code messages.properties} (French) and {@code messages_en.properties}. Indicator definitions keep
 * their own names and descriptions, as in the other indicator bundles.
 */
final class Texts {

    private static final Bilingual TEXTS = Bilingual.of(Texts.class);
    private static final String SEPARATOR_FR = TEXTS.in(Locale.FRENCH).get("note.separator");
    private static final String SEPARATOR_EN = TEXTS.in(Locale.ENGLISH).get("note.separator");

    private Texts() {
    }

    /** The text for {@code key} in both languages. */
    static LocalizedText text(String key, Object... args) {
        return TEXTS.get(key, args);
    }

    /** Parts of a note joined with each language's separator, or null when there is none. */
    static LocalizedText join(List<LocalizedText> parts) {
        if (parts.isEmpty()) {
            return null;
        }
        return LocalizedText.of(join(parts, Locale.FRENCH, SEPARATOR_FR), join(parts, Locale.ENGLISH, SEPARATOR_EN));
    }

    private static String join(List<LocalizedText> parts, Locale locale, String separator) {
        return String.join(separator, parts.stream().map(p -> p.in(locale)).toList());
    }
}
