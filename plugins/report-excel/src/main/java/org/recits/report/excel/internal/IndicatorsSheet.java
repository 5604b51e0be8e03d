package org.recits.report.excel.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.Status;
import org.recits.api.model.Scope;
import org.recits.api.report.IndicatorResult;
import org.recits.api.report.Observation;
import org.recits.api.report.Report;

/**
 * The {@code Indicateurs} sheet: one row per indicator × scope × period, in the columns of
 * {@link IndicatorColumn}. POI makes its header, filter and status colours; its rows (tens of thousands for
 * a consolidated programme, 600 MB as XSSF cells) are written by {@link SplicedSheets} where the
 * {@link IndicatorLayout} says they fall (and checked they do); one defined name per indicator gives the
 * programme's value for the period.
 */
final class IndicatorsSheet {

    private final Report report;
    private final Texts tx;
    private final Styles st;
    private final IndicatorLayout layout;

    IndicatorsSheet(Report report, Texts tx, Styles st, IndicatorLayout layout) {
        this.report = report;
        this.tx = tx;
        this.st = st;
        this.layout = layout;
    }

    /** Header, filter and status colours now; the rows by {@code spliced}, once POI has written the package. */
    void write(SXSSFSheet sheet, SplicedSheets spliced) {
        new Rows(sheet, st).header(TableColumn.headers(IndicatorColumn.class, tx), TableColumn.widths(IndicatorColumn.class));
        int last = layout.lastRow();
        int lastCol = IndicatorColumn.count() - 1;
        sheet.setAutoFilter(new CellRangeAddress(0, last, 0, lastCol));
        statusColours(sheet, 1, Math.max(1, last), IndicatorColumn.STATUS.index(), tx);
        boolean date1904 = sheet.getWorkbook().getXSSFWorkbook().isDate1904();
        spliced.add(sheet, last + 1, lastCol, xml -> {
            int row = 0;
            for (Map.Entry<String, List<IndicatorResult>> e : IndicatorTable.byCode(report).entrySet()) {
                for (IndicatorResult res : e.getValue()) {
                    for (Observation o : res.previous()) {
                        row(xml, ++row, res.definition(), IndicatorTable.cells(res, o, false, report, tx), date1904);
                    }
                    row(xml, ++row, res.definition(), IndicatorTable.cells(res, res.current(), true, report, tx),
                            date1904);
                    if (row != layout.current().get(e.getKey()).get(res.scope())) {
                        throw new IllegalStateException("the indicators sheet's rows differ from their layout at "
                                + e.getKey() + " " + res.scope());
                    }
                }
            }
        });
    }

    /** One row ({@code row} 0-based): each column typed and styled by what it holds. */
    private void row(SheetXml xml, int row, IndicatorDefinition def, Object[] cells, boolean date1904)
            throws IOException {
        float height = cells[IndicatorColumn.NOTE.index()] instanceof String note
                ? Rows.fittedHeight(note, IndicatorColumn.NOTE.header().width()) : 0;
        xml.row(row + 1, height);
        for (int col = 0; col < cells.length; col++) {
            Object cell = cells[col];
            IndicatorColumn column = IndicatorColumn.at(col);
            if (cell instanceof LocalDate day) {
                xml.number(col, Rows.serial(day, date1904), index(st.date));
            } else if (cell instanceof Number n) {
                CellStyle style = switch (column) {
                    case POPULATION -> st.integer;
                    case NUMERATOR, DENOMINATOR -> st.term(def, column == IndicatorColumn.NUMERATOR, n.doubleValue());
                    default -> st.unit(def.unit(), n);
                };
                xml.number(col, n.doubleValue(), index(style));
            } else if (cell instanceof String text) {
                // n/d and the mask in the value column stand where numbers do
                xml.text(col, text, index(switch (column) {
                    case NOTE -> st.wrap;
                    case VALUE -> st.unit(def.unit());
                    case CODE -> st.code;
                    default -> st.text;
                }));
            } else if (column == IndicatorColumn.POPULATION) {
                xml.blank(col, index(st.integer)); // an empty typed cell, as before
            }
        }
        xml.endRow();
    }

    private static int index(CellStyle style) {
        return style.getIndex() & 0xFFFF;
    }

    /**
     * One defined name per indicator, its code: the programme's value for the report's period, found by its row's
     * key as the summary's figures are ({@link IndicatorLookup}). A name over the indicator's block of rows
     * designated other rows, without a word, once the sheet was sorted.
     */
    void names(XSSFWorkbook wb) {
        IndicatorLookup lookup = new IndicatorLookup(tx, layout.lastRow());
        for (String code : layout.span().keySet()) {
            Name name = wb.createName();
            try {
                name.setNameName(code);
            } catch (IllegalArgumentException notAName) {
                // A code that reads as a cell reference (AB12) or holds other characters is prefixed.
                name.setNameName("IND_" + code.replaceAll("[^A-Za-z0-9_.]", "_"));
            }
            name.setRefersToFormula(lookup.formula(IndicatorColumn.VALUE,
                    IndicatorLookup.key(code, Scope.programme(), report.period(), tx)));
        }
    }

    /**
     * Green, orange and red fills on the status column, keyed on the status word, which stays
     * written in the cell for colour-blind readers and black-and-white prints.
     */
    static void statusColours(Sheet sheet, int firstRow, int lastRow, int col, Texts tx) {
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule green = rule(cf, tx.status(Status.GREEN), new byte[] {(byte) 0xC6, (byte) 0xEF,
            (byte) 0xCE});
        ConditionalFormattingRule orange = rule(cf, tx.status(Status.ORANGE), new byte[] {(byte) 0xFF, (byte) 0xD9,
            (byte) 0x99});
        ConditionalFormattingRule red = rule(cf, tx.status(Status.RED), new byte[] {(byte) 0xFF, (byte) 0xC7,
            (byte) 0xCE});
        cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(firstRow, lastRow, col, col)},
                new ConditionalFormattingRule[] {green, orange, red});
    }

    private static ConditionalFormattingRule rule(SheetConditionalFormatting cf, String word, byte[] rgb) {
        ConditionalFormattingRule rule = cf.createConditionalFormattingRule(ComparisonOperator.EQUAL,
                "\"" + word + "\"");
        PatternFormatting fill = rule.createPatternFormatting();
        fill.setFillBackgroundColor(new XSSFColor(rgb, null));
        fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        return rule;
    }
}
