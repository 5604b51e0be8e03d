package org.recits.report.excel.internal;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.Unit;
import org.recits.api.indicator.ValueFamily;

/**
 * The workbook's cell styles, made once (Excel caps a workbook at 64 000 styles).
 *
 * <p>Number formats are stored in the file's own syntax ({@code ,} groups thousands, {@code .} marks
 * decimals). Each starts with the workbook's language as a locale tag ({@code [$-40C]} French,
 * {@code [$-809]} English): LibreOffice then shows the French workbook's {@code #,##0} as {@code 1 234} and
 * {@code 0.0 %} as {@code 12,5 %} whatever its user's locale (untagged, a Calc in English or in the C
 * locale printed the read-me's « 5,458 lignes » beside French sentences whose own numbers read « 70,4 % »);
 * Excel keeps its user's separators. The French workbook puts a space before {@code %} and {@code €} as
 * French typography wants; the English one does not.
 */
final class Styles {

    static final String FR_DATE = "dd/mm/yyyy";
    static final String EN_DATE = "yyyy-mm-dd";

    final CellStyle header;
    /**
     * An indicator code (PROT_INTERTRANSFO_INTERVAL): on one line, shrunk to its column's width when longer, so
     * that it never wraps mid-word nor runs over the next cell or row in print.
     */
    final CellStyle code;
    /** A code in a header row: the header's look, on one line, shrunk to fit. */
    final CellStyle codeHeader;
    final CellStyle title;
    final CellStyle bold;
    /** A label beside its value (Lisez-moi): bold, wrapped rather than cut at its column's edge. */
    final CellStyle label;
    final CellStyle text;
    final CellStyle wrap;
    /** Wrapped, one indent in: a text right of a right-aligned number does not touch it. */
    final CellStyle wrapIndented;
    final CellStyle date;
    final CellStyle integer;
    final CellStyle decimal;
    final CellStyle plain;
    /** A count and a date beside a text in Lisez-moi's values column: left-aligned as the texts are. */
    final CellStyle integerLeft;
    final CellStyle dateLeft;
    private final Map<Unit, CellStyle> units = new EnumMap<>(Unit.class);
    private final Map<Unit, CellStyle> changes = new EnumMap<>(Unit.class);
    /** A text shown in a value's place (n/d, the mask), right-aligned as the numbers, wrapped in a narrow column. */
    private final Map<Unit, CellStyle> unitTexts = new EnumMap<>(Unit.class);
    /** Euros with cents, for amounts that have some; whole days, without a useless ",0". */
    private final CellStyle eurCents;
    private final CellStyle wholeDays;
    /** Days with a hundredth (a quarter day): two decimals, never rounded to one in sight. */
    private final CellStyle days2;
    /** Changes of whole days, and of amounts with cents. */
    private final CellStyle wholeDaysChange;
    private final CellStyle eurCentsChange;
    /** The locale tag every number format starts with. */
    private final String lang;

    /** What ends a text cut to Excel's limit ({@link Rows#fitted}), in the workbook's language. */
    final String cutMark;

    Styles(Workbook wb, Texts texts) {
        cutMark = texts.get("cell.cut", String.valueOf(Rows.MAX_TEXT));
        DataFormat df = wb.createDataFormat();
        boolean en = texts.english();
        lang = lang(texts);

        Font boldFont = wb.createFont();
        boldFont.setBold(true);
        header = wb.createCellStyle();
        header.setFont(boldFont);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);

        codeHeader = wb.createCellStyle();
        codeHeader.cloneStyleFrom(header);
        codeHeader.setWrapText(false);
        codeHeader.setShrinkToFit(true);

        Font titleFont = wb.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);
        title = wb.createCellStyle();
        title.setFont(titleFont);

        bold = wb.createCellStyle();
        bold.setFont(boldFont);
        bold.setVerticalAlignment(VerticalAlignment.TOP);

        label = wb.createCellStyle();
        label.cloneStyleFrom(bold);
        label.setWrapText(true);

        text = wb.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        code = wb.createCellStyle();
        code.setVerticalAlignment(VerticalAlignment.TOP);
        code.setShrinkToFit(true);
        wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        wrapIndented = wb.createCellStyle();
        wrapIndented.cloneStyleFrom(wrap);
        // an indent counts only on an aligned cell, not on a General one
        wrapIndented.setAlignment(HorizontalAlignment.LEFT);
        wrapIndented.setIndention((short) 1);

        date = style(wb, df, en ? EN_DATE : FR_DATE);
        integer = style(wb, df, "#,##0");
        decimal = style(wb, df, "#,##0.00");
        // Line numbers, years: no thousands separator.
        plain = style(wb, df, "0");
        integerLeft = style(wb, df, "#,##0");
        integerLeft.setAlignment(HorizontalAlignment.LEFT);
        dateLeft = style(wb, df, en ? EN_DATE : FR_DATE);
        dateLeft.setAlignment(HorizontalAlignment.LEFT);

        String pct = en ? "0.0%" : "0.0\\ %";
        String eur = en ? "\"€\"#,##0" : "#,##0\\ \"€\"";
        String eurDay = en ? "\"€\"#,##0.00" : "#,##0.00\\ \"€\"";
        eurCents = right(style(wb, df, en ? "\"€\"#,##0.00" : "#,##0.00\\ \"€\""));
        wholeDays = right(style(wb, df, "#,##0"));
        days2 = right(style(wb, df, "#,##0.00"));
        wholeDaysChange = right(style(wb, df, signed("#,##0")));
        eurCentsChange = right(style(wb, df, signed(en ? "\"€\"#,##0.00" : "#,##0.00\\ \"€\"")));
        for (Unit u : Unit.values()) {
            units.put(u, right(style(wb, df, switch (u) {
                case COUNT -> "#,##0";
                case PERCENT -> pct;
                case DAYS -> "#,##0.0";
                case MONTHS -> "0.0";
                case RANK -> "0";
                case SCORE -> "0.00";
                case SCORE_DELTA -> "+0.00;-0.00;0.00";
                case EUR -> eur;
                case EUR_PER_DAY -> eurDay;
            })));
            CellStyle instead = wb.createCellStyle();
            instead.cloneStyleFrom(units.get(u));
            instead.setWrapText(true);
            unitTexts.put(u, instead);
            // Right-aligned, so that n/d stands where the changes do (« 22 n/d » read as one figure).
            changes.put(u, right(style(wb, df, switch (u) {
                case COUNT -> signed("#,##0");
                case PERCENT -> signed(en ? "0.0\\ \"pp\"" : "0.0\\ \"pt\"");
                case DAYS -> signed("#,##0.0");
                case MONTHS -> signed("0.0");
                case RANK -> signed("0");
                case SCORE, SCORE_DELTA -> signed("0.00");
                case EUR -> signed(eur);
                case EUR_PER_DAY -> signed(eurDay);
            })));
        }
    }

    /** A signed format: {@code +}, {@code -} or nothing before the unit's own. */
    private static String signed(String format) {
        return "+" + format + ";-" + format + ";" + format;
    }

    /** The style of a change in {@code unit}: signed, percentages as points. */
    CellStyle change(Unit unit) {
        return changes.get(unit);
    }

    /** The style of the change {@code value} in {@code unit}: whole days without ",0", euros with their cents. */
    CellStyle change(Unit unit, Object value) {
        if (value instanceof Number n) {
            int decimals = decimals(n.doubleValue());
            if (unit == Unit.DAYS && decimals == 0) {
                return wholeDaysChange;
            }
            if (unit == Unit.EUR && decimals > 0) {
                return eurCentsChange;
            }
        }
        return changes.get(unit);
    }

    /** The decimals {@code v} needs: 0, 1 or 2 (a cent, or a hundredth of a day, at most). */
    static int decimals(double v) {
        return Math.abs(v - Math.rint(v)) < 1e-9 ? 0 : Math.abs(v * 10 - Math.rint(v * 10)) < 1e-7 ? 1 : 2;
    }

    private CellStyle style(Workbook wb, DataFormat df, String format) {
        CellStyle s = wb.createCellStyle();
        s.setDataFormat(df.getFormat(lang + format));
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    /**
     * The style of a value in {@code unit}, or of the text shown instead (n/d, the mask): right-aligned, so
     * that n/d stands where the numbers do.
     */
    CellStyle unit(Unit unit) {
        return units.get(unit);
    }

    /**
     * The style of {@code value} in {@code unit}: euros with cents when it has some, days without ",0" when
     * whole and with two decimals when one would round them.
     */
    CellStyle unit(Unit unit, Object value) {
        if (value instanceof String) {
            return unitTexts.get(unit);
        }
        if (value instanceof Number n) {
            int decimals = decimals(n.doubleValue());
            if (unit == Unit.EUR && decimals > 0) {
                return eurCents;
            }
            if (unit == Unit.DAYS) {
                return decimals == 0 ? wholeDays : decimals == 2 ? days2 : units.get(unit);
            }
        }
        return units.get(unit);
    }

    private static CellStyle right(CellStyle s) {
        s.setAlignment(HorizontalAlignment.RIGHT);
        return s;
    }

    /**
     * A numerator's or denominator's style, by what it counts: euros for the funding shares and a cost's
     * numerator, with cents when it has some; otherwise people, sessions, days or the sum of scores, whole
     * without ",00" (a count read « 5 483,00 ») and with one or two decimals only when it has them.
     */
    CellStyle term(IndicatorDefinition def, boolean numerator, double v) {
        boolean money = def.family() == ValueFamily.FINANCE && def.unit() == Unit.PERCENT
                || def.unit() == Unit.EUR_PER_DAY && numerator;
        return money ? unit(Unit.EUR, v) : unit(Unit.DAYS, v);
    }

    /** For numbers whose unit nothing gives: whole or two decimals. */
    CellStyle number(double v) {
        return v == Math.rint(v) ? integer : decimal;
    }

    /** The locale tag every number format starts with: the workbook's language, English or French. */
    static String lang(Texts texts) {
        return texts.english() ? "[$-809]" : "[$-40C]";
    }
}
