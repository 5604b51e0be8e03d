package org.recits.narrative.internal;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;
import org.recits.api.indicator.Unit;
import org.recits.api.model.Period;

/**
 * Typography and grammar of the narrative. French: narrow no-break space (U+202F) between
 * thousands, decimal comma, no-break space (U+00A0) before « % » and « € », plural from 2 on
 * (« 1,5 jour », « 2 jours »), dates in words with « 1er ». English: « 1,234.5 », « 82% », « €1,500 »,
 * plural for anything but 1. Symbols are set by hand so the output does not follow JDK locale data.
 */
final class Typo {

    static final String NNBSP = "\u202F";
    static final String NBSP = "\u00A0";

    private static final String[] MONTHS_FR = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
        "août", "septembre", "octobre", "novembre", "décembre"};
    private static final String[] MONTHS_EN = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] ORDINALS_FR = {"premier", "deuxième", "troisième", "quatrième"};
    private static final String[] ORDINALS_EN = {"first", "second", "third", "fourth"};
    private static final String[] WORDS_FR = {"zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit",
        "neuf", "dix"};
    private static final String[] WORDS_EN = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten"};

    private final Locale locale;
    private final boolean en;
    /**
     * The number formats made so far, by decimals: a narrative formats thousands of figures, and making a
     * format parses its pattern. One Typo serves one narrative on one thread (formats are not thread-safe).
     */
    private final DecimalFormat[] formats = new DecimalFormat[4];

    Typo(Locale locale) {
        this.locale = locale;
        this.en = "en".equals(locale.getLanguage());
    }

    boolean english() {
        return en;
    }

    Locale locale() {
        return locale;
    }

    String t(String fr, String english) {
        return en ? english : fr;
    }

    /** « : » with a no-break space before it in French. */
    String colon() {
        return en ? ": " : NBSP + ": ";
    }

    /** « ; » with a narrow no-break space before it in French. */
    String semicolon() {
        return en ? "; " : NNBSP + "; ";
    }

    /** A number with at most {@code decimals} decimals (trailing zeros dropped). */
    String number(double v, int decimals) {
        DecimalFormat f = decimals < formats.length ? formats[decimals] : null;
        if (f == null) {
            DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(Locale.ROOT);
            s.setGroupingSeparator(en ? ',' : '\u202F');
            s.setDecimalSeparator(en ? '.' : ',');
            s.setMinusSign('-');
            f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "#".repeat(decimals), s);
            f.setRoundingMode(RoundingMode.HALF_UP);
            if (decimals < formats.length) {
                formats[decimals] = f;
            }
        }
        String out = f.format(v);
        return out.equals("-0") ? "0" : out;
    }

    String integer(long v) {
        return number(v, 0);
    }

    /** A fraction as a percentage: 0.825 → « 83 % » (« 83% » in English). */
    String percent(double fraction) {
        return number(fraction * 100, 0) + (en ? "%" : NBSP + "%");
    }

    String euros(double v) {
        return en ? "€" + number(v, 0) : number(v, 0) + NBSP + "€";
    }

    /** Whether a noun takes the plural for this quantity (French: from 2 on; English: anything but 1). */
    boolean plural(double n) {
        return en ? Math.abs(n) != 1 : Math.abs(n) >= 2;
    }

    /** « 1 session », « 3 sessions », « 1,5 jour ». */
    String count(double n, String singular, String pluralForm) {
        return number(n, 1) + " " + (plural(n) ? pluralForm : singular);
    }

    /** « deux » for 2 to 10, the digits otherwise; used in comparisons (« deux de plus »). */
    String words(long n) {
        return n >= 0 && n <= 10 ? (en ? WORDS_EN : WORDS_FR)[(int) n] : integer(n);
    }

    /** « 31 mars 2020 », « 1er avril 2020 »; « 31 March 2020 ». */
    String date(LocalDate d) {
        if (en) {
            return d.getDayOfMonth() + " " + MONTHS_EN[d.getMonthValue() - 1] + " " + d.getYear();
        }
        String day = d.getDayOfMonth() == 1 ? "1er" : Integer.toString(d.getDayOfMonth());
        return day + " " + MONTHS_FR[d.getMonthValue() - 1] + " " + d.getYear();
    }

    /** « le premier trimestre 2020 » / « the first quarter of 2020 »; without article for years and months. */
    String periodName(Period p) {
        return switch (p.kind()) {
            case QUARTER -> {
                int q = (p.start().getMonthValue() - 1) / 3;
                yield en ? ORDINALS_EN[q] + " quarter of " + p.start().getYear()
                        : ORDINALS_FR[q] + " trimestre " + p.start().getYear();
            }
            case YEAR -> Integer.toString(p.start().getYear());
            case MONTH -> en ? MONTHS_EN[p.start().getMonthValue() - 1] + " " + p.start().getYear()
                    : MONTHS_FR[p.start().getMonthValue() - 1] + " " + p.start().getYear();
            case RANGE -> en ? date(p.start()) + " to " + date(p.end())
                    : date(p.start()) + " au " + date(p.end());
        };
    }

    /** « au premier trimestre 2020 », « en 2020 », « en mars 2020 », « du 1er juin 2019 au … ». */
    String inPeriod(Period p) {
        return switch (p.kind()) {
            case QUARTER -> en ? "in the " + periodName(p) : "au " + periodName(p);
            case YEAR, MONTH -> (en ? "in " : "en ") + periodName(p);
            case RANGE -> (en ? "from " : "du ") + periodName(p);
        };
    }

    /** « au trimestre précédent » / « in the previous quarter ». */
    String previousPeriod(Period p) {
        return switch (p.kind()) {
            case QUARTER -> t("au trimestre précédent", "in the previous quarter");
            case YEAR -> t("l’année précédente", "in the previous year");
            case MONTH -> t("le mois précédent", "in the previous month");
            case RANGE -> t("sur la période précédente", "in the previous period");
        };
    }

    /** « par rapport au trimestre précédent » / « on the previous quarter ». */
    String versusPrevious(Period p) {
        return switch (p.kind()) {
            case QUARTER -> t("par rapport au trimestre précédent", "on the previous quarter");
            case YEAR -> t("par rapport à l’année précédente", "on the previous year");
            case MONTH -> t("par rapport au mois précédent", "on the previous month");
            case RANGE -> t("par rapport à la période précédente", "on the previous period");
        };
    }

    /** « qu’au trimestre précédent », « que l’année précédente » (elision before a vowel). */
    String thanPrevious(Period p) {
        String prev = previousPeriod(p);
        if (en) {
            return "than " + prev;
        }
        return startsWithVowel(prev) ? "qu’" + prev : "que " + prev;
    }

    private static boolean startsWithVowel(String s) {
        return !s.isEmpty() && "aeéèêiouyh".indexOf(Character.toLowerCase(s.charAt(0))) >= 0;
    }

    /** A value with its unit, written as a reader says it. */
    String value(double v, Unit unit) {
        return switch (unit) {
            case PERCENT -> percent(v);
            case SCORE -> number(v, 1) + t(" sur 5", " out of 5");
            case SCORE_DELTA -> (v > 0 ? "+" : "") + number(v, 2) + " " + (plural(v) ? t("points", "points")
                    : t("point", "point")) + t(" sur 5", " on a 5-point scale");
            case COUNT -> number(v, 1);
            case DAYS -> count(v, t("jour", "day"), t("jours", "days"));
            case MONTHS -> count(v, t("mois", "month"), t("mois", "months"));
            case RANK -> en ? "session " + number(v, 0) : (v == 1 ? "1re" : number(v, 0) + "e") + " session";
            case EUR -> euros(v);
            case EUR_PER_DAY -> euros(v) + t(" par jour", " per day");
        };
    }

    /** The size of a change: percentage points for percentages, the unit otherwise. */
    String delta(double d, Unit unit) {
        double a = Math.abs(d);
        return switch (unit) {
            case PERCENT -> {
                double points = a * 100;
                yield number(points, 0) + " " + (plural(Math.round(points)) ? "points" : "point");
            }
            case SCORE, SCORE_DELTA -> number(a, 2) + " " + (plural(a) ? "points" : "point");
            case EUR, EUR_PER_DAY -> euros(a);
            case DAYS -> count(a, t("jour", "day"), t("jours", "days"));
            case MONTHS -> count(a, t("mois", "month"), t("mois", "months"));
            case COUNT, RANK -> number(a, 1);
        };
    }

    /** Capitalises the first letter (sentences built from lower-case labels). */
    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
