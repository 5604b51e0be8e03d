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

    /**
     * The text for {@code key}, each language with its own words for the arguments: a vocabulary's code
     * (« qualite », « en-cours », « elu ») is never shown as it is.
     */
    static LocalizedText text(String key, LocalizedText... words) {
        Object[] fr = new Object[words.length];
        Object[] en = new Object[words.length];
        for (int i = 0; i < words.length; i++) {
            fr[i] = words[i].fr();
            en[i] = words[i].in(Locale.ENGLISH);
        }
        return LocalizedText.of(TEXTS.in(Locale.FRENCH).get(key, fr), TEXTS.in(Locale.ENGLISH).get(key, en));
    }

    /**
     * A vocabulary's code in words ({@code prefix + code}, such as {@code status.en-cours} → « en cours »);
     * a code the bundle does not know (an open vocabulary's own word) as written, hyphens as spaces.
     */
    static LocalizedText word(String prefix, String code) {
        String key = prefix + code;
        if (TEXTS.in(Locale.FRENCH).has(key)) {
            return TEXTS.get(key);
        }
        return LocalizedText.of(code.replace('-', ' ').replace('_', ' '));
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
