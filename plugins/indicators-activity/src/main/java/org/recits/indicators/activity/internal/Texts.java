package org.recits.indicators.activity.internal;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;

import org.recits.api.model.LocalizedText;
import org.recits.api.text.Bilingual;
import org.recits.api.text.Messages;
import org.recits.api.text.PeriodWords;

/**
 * The texts of this bundle's values (n/d reasons, notes, details, prorated bands), from this package's
 * {@code messages.properties} (French) and {@code messages_en.properties}, and the numbers and dates
 * inside them. Indicator definitions keep their own names and descriptions.
 */
final class Texts {

    private static final Bilingual TEXTS = Bilingual.of(Texts.class);
    /** For a text whose arguments are written differently in each language (dates, decimals). */
    static final Messages FR = TEXTS.in(Locale.FRENCH);
    static final Messages EN = TEXTS.in(Locale.ENGLISH);
    private static final PeriodWords FR_WORDS = PeriodWords.of(Locale.FRENCH);
    private static final PeriodWords EN_WORDS = PeriodWords.of(Locale.ENGLISH);

    private Texts() {
    }

    /**
     * At most {@code decimals} decimals, French comma or English point, no grouping. A new format for
     * the numbers of one text: making one parses its pattern, and DecimalFormat is not thread-safe.
     */
    static DecimalFormat number(int decimals, Locale locale) {
        return new DecimalFormat(decimals == 0 ? "0" : "0." + "#".repeat(decimals),
                DecimalFormatSymbols.getInstance(locale));
    }

    /** The text for {@code key} in both languages. */
    static LocalizedText text(String key, Object... args) {
        return TEXTS.get(key, args);
    }

    /** A day in a note, in words as the narrative says it (« au 31 mars 2021 »): notes reach élus too. */
    static String frDate(LocalDate d) {
        return FR_WORDS.date(d);
    }

    static String enDate(LocalDate d) {
        return EN_WORDS.date(d);
    }
}
