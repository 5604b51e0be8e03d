package org.recits.ingest.survey.internal;

import java.util.List;

/**
 * One row as this bundle works on it: the tabular library's row, kept apart so that the mapping and
 * layout logic does not depend on where rows come from (a CSV, a sheet, a test).
 *
 * @param line  1-based line (or sheet row) where the record starts
 * @param cells the cells as read
 */
record Line(long line, List<String> cells) {

    Line {
        cells = List.copyOf(cells);
    }

    String cell(int i) {
        return i >= 0 && i < cells.size() && cells.get(i) != null ? cells.get(i) : "";
    }

    boolean blank() {
        for (String c : cells) { // a loop, not a stream: asked once per respondent row
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
