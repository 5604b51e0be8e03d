package org.recits.report.excel.internal;

import java.util.Arrays;

/**
 * A column of one of the workbook's enum-declared tables ({@link IndicatorColumn}): its column model,
 * declared once, which the sheet, its CSV export and whatever refers to its cells (formulas, names, charts)
 * read. The records tables declare theirs as {@link RecordTable.Column}s.
 */
interface TableColumn {

    ColumnHeader header();

    /** Implemented by the enum. */
    int ordinal();

    /** The column's 0-based index, on the sheet and in the CSV export. */
    default int index() {
        return ordinal();
    }

    /** The headers of a table's columns, in order. */
    static <C extends Enum<C> & TableColumn> String[] headers(Class<C> table, Texts tx) {
        return Arrays.stream(table.getEnumConstants()).map(c -> c.header().text(tx)).toArray(String[]::new);
    }

    /** The widths of a table's columns, in order, in characters. */
    static <C extends Enum<C> & TableColumn> int[] widths(Class<C> table) {
        return Arrays.stream(table.getEnumConstants()).mapToInt(c -> c.header().width()).toArray();
    }
}
