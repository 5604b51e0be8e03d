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

    /** At most {@code decimals} decimals, French comma or English point, no grouping. */
    static String number(double v, int decimals, Locale locale) {
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "0" : "0." + "#".repeat(decimals),
                DecimalFormatSymbols.getInstance(locale));
        return f.format(v);
    }

    static String fr(double v, int decimals) {
        return number(v, decimals, Locale.FRENCH);
    }

    static String en(double v, int decimals) {
        return number(v, decimals, Locale.ENGLISH);
    }

    static String frDate(LocalDate d) {
        return FR_DATE.format(d);
    }

    static String enDate(LocalDate d) {
        return d.toString();
    }
}
