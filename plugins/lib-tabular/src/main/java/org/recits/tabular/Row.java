package org.recits.tabular;

import java.util.List;

/**
 * One data row. {@code line} is the 1-based physical line where the record starts (a quoted
 * multi-line cell counts its lines); for a sheet, the spreadsheet row number.
 */
public record Row(long line, List<String> cells) {
    public Row {
        cells = List.copyOf(cells);
    }

    /** The i-th cell, "" when the row is shorter. */
    public String cell(int i) {
        return i >= 0 && i < cells.size() ? cells.get(i) : "";
    }

    public int size() {
        return cells.size();
    }
}
