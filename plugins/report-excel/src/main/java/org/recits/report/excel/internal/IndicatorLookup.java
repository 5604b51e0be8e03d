package org.recits.report.excel.internal;

import org.apache.poi.ss.util.CellRangeAddress;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;

/**
 * Formulas that find a cell of the indicators table by its row's key (indicator code, scope, period), never by
 * its address: a funder who sorts or filters {@code Indicateurs} moves its rows, and a formula pointing at
 * {@code H7} would then show another indicator's figure without a word. {@code INDEX}/{@code MATCH} on the
 * key column is recalculated alike by Excel and LibreOffice, needs no array formula, and a key that is not
 * there gives {@code #N/A}, never another figure.
 */
final class IndicatorLookup {

    private final String keys;
    private final String sheet;
    private final int lastRow;

    /**
     * @param tx      the workbook's words (the indicators sheet's name)
     * @param lastRow the indicators table's last row, 0-based (its header is row 0)
     */
    IndicatorLookup(Texts tx, int lastRow) {
        this.sheet = tx.indicators();
        this.lastRow = Math.max(1, lastRow);
        this.keys = range(IndicatorColumn.KEY);
    }

    /** The key of a row of the indicators table, as its key column holds it: « PART_ATTENDANCE_RATE|mulhouse|2020-T1 ». */
    static String key(String code, Scope scope, Period period, Texts tx) {
        return code + "|" + tx.scope(scope) + "|" + period.label(tx.locale());
    }

    /** The formula giving {@code column}'s cell of the row whose key is {@code key}. */
    String formula(IndicatorColumn column, String key) {
        return "INDEX(" + range(column) + ",MATCH(\"" + key.replace("\"", "\"\"") + "\"," + keys + ",0))";
    }

    /** The column's cells below the header, absolute, on the indicators sheet. */
    private String range(IndicatorColumn column) {
        return new CellRangeAddress(1, lastRow, column.index(), column.index()).formatAsString(sheet, true);
    }
}
