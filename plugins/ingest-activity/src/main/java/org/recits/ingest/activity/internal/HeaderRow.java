package org.recits.ingest.activity.internal;

import java.util.List;

import org.recits.tabular.Headers;
import org.recits.tabular.Row;
import org.recits.tabular.Table;

/**
 * Which of a table's first rows is its header, by the columns its {@link Kind} expects (synonyms included):
 * hand-made sheets put a title above it. The first row wins whenever it has every required column, so a
 * well-formed file is read exactly as before.
 *
 * @param row     the header row, or null when none of the first {@link Headers#ROWS} rows names any column
 * @param binding the columns of that row (of the first row when none was found)
 */
record HeaderRow(Row row, Binding binding) {

    static HeaderRow of(Kind kind, Table t) {
        Binding first = new Binding(kind, t.header());
        if (first.missing.isEmpty()) {
            return new HeaderRow(new Row(t.headerLine(), t.header()), first);
        }
        List<Row> candidates = Headers.candidates(t);
        Row best = null;
        Binding bestBinding = first;
        for (Row r : candidates) {
            Binding b = new Binding(kind, r.cells());
            if (b.missing.isEmpty()) {
                return new HeaderRow(r, b); // the first complete header
            }
            if (b.positions.size() > (best == null ? 0 : bestBinding.positions.size())) {
                best = r; // otherwise the row naming the most columns, the earliest on a tie
                bestBinding = b;
            }
        }
        return new HeaderRow(best, bestBinding);
    }

    boolean found() {
        return row != null;
    }

    /** Whether the header is below the table's first row (a title above it). */
    boolean below(Table t) {
        return row != null && row.line() > t.headerLine();
    }

    /** The first non-blank cell of the table's first row, cut short: what the title says. */
    static String title(Table t) {
        for (String c : t.header()) {
            String s = Cells.clean(c);
            if (s != null) {
                return s.length() > 80 ? s.substring(0, 79) + "…" : s;
            }
        }
        return null;
    }
}
