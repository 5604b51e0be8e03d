package org.recits.narrative.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recits.api.model.LocalizedText;
import org.recits.api.indicator.Unit;
import org.recits.api.model.Period;
import org.recits.api.text.Messages;
import org.recits.api.text.PeriodWords;

/**
 * The narrative's language: its words, read from this package's {@code messages.properties} (French,
 * the base) and {@code messages_en.properties}, and its typography and grammar. French: narrow no-break
 * space (U+202F) between thousands, decimal comma, no-break space (U+00A0) before « % » and « € »,
 * plural from 2 on (« 1,5 jour », « 2 jours »), dates in words with « 1er ». English: « 1,234.5 »,
 * « 82% », « €1,500 », plural for anything but 1. Symbols come from the bundle, not from JDK locale
 * data, so the output does not change with the JDK.
 */
final class Typo {

    static final String NBSP = "\u00A0";
    static final String NNBSP = "\u202F";

    // The keys of the words picked by number.
    private static final String[] WORDS = {"word.0", "word.1", "word.2", "word.3", "word.4", "word.5", "word.6",
        "word.7", "word.8", "word.9", "word.10"};

    private final Locale locale;
    private final boolean en;
    private final Messages messages;
    /** Periods and days in words, the same as the charts'. */
    private final PeriodWords periods;
    /**
     * Texts without arguments, read once: a narrative asks for the same few words (« : », units, months)
     * thousands of times. One Typo serves one narrative on one thread.
     */
    private final Map<String, String> plain = new HashMap<>();
    private final String colon;
    private final String semicolon;
    /**
     * The number formats made so far, by decimals: a narrative formats thousands of figures, and making a
     * format parses its pattern. One Typo serves one narrative on one thread (formats are not thread-safe).
     */
    private final DecimalFormat[] formats = new DecimalFormat[4];
    /** The same, with a fixed number of decimals (« 4,0 sur 5 » beside « 4,2 sur 5 »). */
    private final DecimalFormat[] fixedFormats = new DecimalFormat[4];

    Typo(Locale locale) {
        this.locale = locale;
        this.en = "en".equals(locale.getLanguage());
        this.messages = Messages.of(Typo.class, locale);
        this.periods = PeriodWords.of(locale);
        this.colon = text("typo.colon");
        this.semicolon = text("typo.semicolon");
    }

    boolean english() {
        return en;
    }

    Locale locale() {
        return locale;
    }

    /**
     * The text of {@code key} in the narrative's language. Arguments are given as they are to be written
     * (numbers formatted here first, never by MessageFormat).
     */
    String text(String key, Object... args) {
        return args.length == 0 ? plain.computeIfAbsent(key, messages::get) : messages.get(key, args);
    }

    /** Whether {@code key} has a text. */
    boolean has(String key) {
        return messages.has(key);
    }

    /** {@code one} below the plural, {@code many} from it on (see {@link #plural}), with the number written. */
    String count(double n, String one, String many) {
        return text(plural(n) ? many : one, number(n, 1));
    }

    /** « : » with a no-break space before it in French. */
    String colon() {
        return colon;
    }

    /** « ; » with a narrow no-break space before it in French. */
    String semicolon() {
        return semicolon;
    }

    /** A number with at most {@code decimals} decimals (trailing zeros dropped). */
    String number(double v, int decimals) {
        DecimalFormat f = decimals < formats.length ? formats[decimals] : null;
        if (f == null) {
            DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(Locale.ROOT);
            s.setGroupingSeparator(text("number.grouping").charAt(0));
            s.setDecimalSeparator(text("number.decimal").charAt(0));
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

    /** A number with exactly {@code decimals} decimals: scores in one sentence all show the same precision. */
    String fixed(double v, int decimals) {
        DecimalFormat f = fixedFormats[decimals];
        if (f == null) {
            DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(Locale.ROOT);
            s.setGroupingSeparator(text("number.grouping").charAt(0));
            s.setDecimalSeparator(text("number.decimal").charAt(0));
            s.setMinusSign('-');
            f = new DecimalFormat("#,##0." + "0".repeat(decimals), s);
            f.setRoundingMode(RoundingMode.HALF_UP);
            fixedFormats[decimals] = f;
        }
        String out = f.format(v);
        return out.startsWith("-") && out.matches("-[0,.]+") ? out.substring(1) : out;
    }

    /** The decimals a value of {@code unit} is printed with (percentages as whole percents). */
    static int decimals(Unit unit) {
        return switch (unit) {
            case PERCENT, EUR, EUR_PER_DAY, RANK -> 0;
            case SCORE, COUNT, DAYS, MONTHS -> 1;
            case SCORE_DELTA -> 2;
        };
    }

    /**
     * {@code v} rounded as it is printed (a fraction for percentages): a change is computed from the printed
     * values, so « 75 % contre 77 % » is a change of 2 points, whatever the decimals behind them.
     */
    double rounded(double v, Unit unit) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return v;
        }
        double scaled = unit == Unit.PERCENT ? v * 100 : v;
        double r = BigDecimal.valueOf(scaled).setScale(decimals(unit), RoundingMode.HALF_UP).doubleValue();
        return unit == Unit.PERCENT ? r / 100 : r;
    }

    /** A confidence interval in the value's unit and precision: « 3,2–4,1 », « 62–88 % ». */
    String range(double low, double high, Unit unit) {
        return switch (unit) {
            case PERCENT -> text("value.percent", number(low * 100, 0) + "–" + number(high * 100, 0));
            case SCORE -> fixed(low, 1) + "–" + fixed(high, 1);
            default -> number(low, decimals(unit)) + "–" + number(high, decimals(unit));
        };
    }

    String integer(long v) {
        return number(v, 0);
    }

    /** A fraction as a percentage: 0.825 → « 83 % » (« 83% » in English). */
    String percent(double fraction) {
        return text("value.percent", number(fraction * 100, 0));
    }

    String euros(double v) {
        return text("value.euros", number(v, 0));
    }

    /** Whether a noun takes the plural for this quantity (French: from 2 on; English: anything but 1). */
    boolean plural(double n) {
        return en ? Math.abs(n) != 1 : Math.abs(n) >= 2;
    }

    /** « deux » for 2 to 10, the digits otherwise; used in comparisons (« deux de plus »). */
    String words(long n) {
        return n >= 0 && n <= 10 ? text(WORDS[(int) n]) : integer(n);
    }

    /** « 31 mars 2020 », « 1er avril 2020 »; « 31 March 2020 » ({@link PeriodWords#date}). */
    String date(LocalDate d) {
        return periods.date(d);
    }

    /** « 1er trimestre 2020 » / « Q1 2020 », without article ({@link PeriodWords#name}, as the charts say it). */
    String periodName(Period p) {
        return periods.name(p);
    }

    /** « au 1er trimestre 2020 », « en 2020 », « en mars 2020 », « du 1er juin 2019 au … ». */
    String inPeriod(Period p) {
        return text(byKind(p, "period.in.quarter", "period.in.year",
                "period.in.month", "period.in.range"), periodName(p));
    }

    /** « du 1er trimestre 2020 », « de 2020 », « de mars 2020 » (a calendar of the period); English as {@link #inPeriod}. */
    String ofPeriod(Period p) {
        return text(byKind(p, "period.of.quarter", "period.of.year",
                "period.of.month", "period.of.range"), periodName(p));
    }

    /** « au trimestre précédent » / « in the previous quarter ». */
    String previousPeriod(Period p) {
        return text(byKind(p, "period.previous.quarter", "period.previous.year",
                "period.previous.month", "period.previous.range"));
    }

    /** « par rapport au trimestre précédent » / « on the previous quarter ». */
    String versusPrevious(Period p) {
        return text(byKind(p, "period.versus.quarter", "period.versus.year",
                "period.versus.month", "period.versus.range"));
    }

    /** « qu’au trimestre précédent », « que l’année précédente » / « than in the previous quarter ». */
    String thanPrevious(Period p) {
        return text(byKind(p, "period.than.quarter", "period.than.year",
                "period.than.month", "period.than.range"));
    }

    /** The key of {@code p}'s kind among four. */
    private static String byKind(Period p, String quarter, String year, String month, String range) {
        return switch (p.kind()) {
            case QUARTER -> quarter;
            case YEAR -> year;
            case MONTH -> month;
            case RANGE -> range;
        };
    }

    /** A value with its unit, written as a reader says it. */
    String value(double v, Unit unit) {
        return switch (unit) {
            case PERCENT -> percent(v);
            case SCORE -> text("value.score", fixed(v, 1));
            case SCORE_DELTA -> text(plural(v) ? "value.scoreDelta.many" : "value.scoreDelta.one",
                    (v > 0 ? "+" : "") + number(v, 2));
            case COUNT -> number(v, 1);
            case DAYS -> count(v, "count.day.one", "count.day.many");
            case MONTHS -> count(v, "count.month.one", "count.month.many");
            case RANK -> v == 1 ? text("value.rank.first") : text("value.rank", number(v, 0));
            case EUR -> euros(v);
            case EUR_PER_DAY -> text("value.eurosPerDay", euros(v));
        };
    }

    /** The size of a change: percentage points for percentages, the unit otherwise. */
    String delta(double d, Unit unit) {
        double a = Math.abs(d);
        return switch (unit) {
            case PERCENT -> {
                double points = a * 100;
                yield text(plural(Math.round(points)) ? "delta.points.many" : "delta.points.one", number(points, 0));
            }
            case SCORE -> text(plural(a) ? "delta.points.many" : "delta.points.one", fixed(a, 1));
            case SCORE_DELTA -> text(plural(a) ? "delta.points.many" : "delta.points.one", number(a, 2));
            case EUR, EUR_PER_DAY -> euros(a);
            case DAYS -> count(a, "count.day.one", "count.day.many");
            case MONTHS -> count(a, "count.month.one", "count.month.many");
            case COUNT, RANK -> number(a, 1);
        };
    }

    /** « a, b et c » / "a, b and c". */
    String list(java.util.List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + text("list.and") + items.get(items.size() - 1);
    }

    /** A text given by a plugin or the data, in the narrative's language and typography ({@link #prose}). */
    String in(LocalizedText t) {
        return prose(t.in(locale));
    }

    private static final Pattern SPACE_BEFORE_HIGH = Pattern.compile("[ \u00A0\u202F]?([:!?%€»])");
    private static final Pattern SPACE_BEFORE_SEMICOLON = Pattern.compile("[ \u00A0\u202F]?;");
    private static final Pattern AFTER_OPENING = Pattern.compile("«[ \u00A0\u202F]?");
    private static final Pattern STRAIGHT_APOSTROPHE = Pattern.compile("(\\p{L})'(\\p{L})");

    /**
     * A text written elsewhere (an indicator's label, bands, reason or note, a name in the data) in this
     * narrative's typography. French: a no-break space before « : », « ! », « ? », « % », « € » and inside
     * « », a narrow one before « ; », the typographic apostrophe; a colon between digits (« 10:30 ») and a
     * space already right are left. English: “ ” for « ». The same text twice gives the same text.
     */
    String prose(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        if (en) {
            return s.replaceAll("«[ \u00A0\u202F]?", "“").replaceAll("[ \u00A0\u202F]?»", "”");
        }
        String t = STRAIGHT_APOSTROPHE.matcher(s).replaceAll("$1’$2");
        t = AFTER_OPENING.matcher(t).replaceAll("«" + NBSP);
        StringBuilder out = new StringBuilder(t.length() + 8);
        Matcher m = SPACE_BEFORE_HIGH.matcher(t);
        int last = 0;
        while (m.find()) {
            int at = m.start(1);
            boolean spaced = m.start() < at;
            boolean timeOrRatio = m.group(1).equals(":") && !spaced && at > 0 && at + 1 < t.length()
                    && Character.isDigit(t.charAt(at - 1)) && Character.isDigit(t.charAt(at + 1));
            boolean url = m.group(1).equals(":") && !spaced && t.startsWith("//", at + 1);
            if (timeOrRatio || url) {
                continue;
            }
            out.append(t, last, m.start()).append(NBSP).append(m.group(1));
            last = m.end();
        }
        out.append(t.substring(last));
        return SPACE_BEFORE_SEMICOLON.matcher(out).replaceAll(NNBSP + ";");
    }

    /** Capitalises the first letter (sentences built from lower-case labels). */
    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
