package org.recits.charts.internal;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import org.recits.api.indicator.Unit;

/**
 * Number formats of the charts. Symbols are set by hand rather than taken from the JDK's locale data
 * so that the typography does not change with the JDK: in French a narrow no-break space (U+202F)
 * groups thousands, a comma marks decimals and a no-break space (U+00A0) precedes « % » and « € ».
 */
final class Formats {

    static final char NNBSP = '\u202F';
    static final char NBSP = '\u00A0';

    private Formats() {
    }

    static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    static DecimalFormatSymbols symbols(Locale locale) {
        DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(Locale.ROOT);
        if (english(locale)) {
            s.setGroupingSeparator(',');
            s.setDecimalSeparator('.');
        } else {
            s.setGroupingSeparator(NNBSP);
            s.setDecimalSeparator(',');
        }
        s.setMinusSign('-');
        return s;
    }

    /** A new format for values of {@code unit} (NumberFormat is not thread-safe: one per chart). */
    static NumberFormat of(Unit unit, Locale locale) {
        boolean en = english(locale);
        String pattern = switch (unit) {
            case PERCENT -> en ? "#,##0%" : "#,##0" + NBSP + "%";
            case SCORE -> "0.0";
            case SCORE_DELTA -> "+0.0;-0.0";
            case EUR -> en ? "€#,##0" : "#,##0" + NBSP + "€";
            case EUR_PER_DAY -> en ? "€#,##0/day" : "#,##0" + NBSP + "€/j";
            case DAYS, MONTHS -> "#,##0.#";
            case COUNT, RANK -> "#,##0";
        };
        DecimalFormat f = new DecimalFormat(pattern, symbols(locale));
        f.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return f;
    }
}
