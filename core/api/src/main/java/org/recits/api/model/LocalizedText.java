package org.recits.api.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A text in French and English. French is the reference; English falls back to French when absent.
 *
 * @param fr the French text, never null
 * @param en the English text, or null to reuse the French one
 */
public record LocalizedText(String fr, String en) {

    /**
     * Requires the French text, which is the fallback; a null English text falls back to it.
     *
     * @param fr the French text, never null
     * @param en the English text, or null to reuse the French one
     */
    public LocalizedText {
        Objects.requireNonNull(fr, "fr");
    }

    /**
     * A text that is the same in both languages (a code, a name).
     *
     * @param both the text for French and English
     * @return the text
     */
    public static LocalizedText of(String both) {
        return new LocalizedText(both, both);
    }

    /**
     * A text in French and English.
     *
     * @param fr the French text, required
     * @param en the English text, or null to fall back to French
     * @return the text
     */
    public static LocalizedText of(String fr, String en) {
        return new LocalizedText(fr, en);
    }

    /**
     * The text in the given locale's language: English for {@code en}, French otherwise.
     *
     * @param locale the reader's locale, or null for French
     * @return the text; French when the English is missing
     */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && en != null ? en : fr;
    }

    @Override
    public String toString() {
        return fr;
    }
}
