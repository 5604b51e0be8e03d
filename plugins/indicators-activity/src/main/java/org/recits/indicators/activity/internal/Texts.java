package org.recits.indicators.activity.internal;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers and dates inside generated texts (notes, prorated bands), French and English. */
final class Texts {

    private static final DateTimeFormatter FR_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRENCH);

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

    static String frDate(LocalDate d) {
        return FR_DATE.format(d);
    }

    static String enDate(LocalDate d) {
        return d.toString();
    }
}
