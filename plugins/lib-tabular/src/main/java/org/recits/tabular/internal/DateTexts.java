package org.recits.tabular.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.recits.api.model.LocalizedText;
import org.recits.api.text.Bilingual;

/**
 * The words of {@link org.recits.tabular.DateColumn}'s and {@link org.recits.tabular.Headers}' findings, from this
 * bundle's {@code messages.properties} (French, the base) and {@code messages_en.properties}, read through the
 * API's {@link Bilingual} like every bundle's texts.
 */
public final class DateTexts {

    private static final Bilingual TEXTS = Bilingual.of(DateTexts.class);
    private static final DateTimeFormatter FRENCH_DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private DateTexts() {
    }

    /**
     * A message in both languages; {@link LocalizedText} arguments are taken in the same language.
     *
     * @param key  the bundle key
     * @param args strings (already formatted) or localized texts
     * @return the text
     */
    public static LocalizedText text(String key, Object... args) {
        return TEXTS.get(key, args);
    }

    /** Two sentences one after the other. */
    public static LocalizedText join(LocalizedText a, LocalizedText b) {
        return LocalizedText.of(a.fr() + " " + b.fr(), a.in(Locale.ENGLISH) + " " + b.in(Locale.ENGLISH));
    }

    /** A day as each language writes it unambiguously in these messages: 04/03/2021, 2021-03-04. */
    public static LocalizedText day(LocalDate d) {
        return LocalizedText.of(FRENCH_DAY.format(d), d.toString());
    }

    /** "jour/mois (30/01/2020)" or "mois/jour (01/30/2020)". */
    public static LocalizedText order(boolean monthFirst) {
        return text(monthFirst ? "dates.order.monthFirst" : "dates.order.dayFirst");
    }
}
