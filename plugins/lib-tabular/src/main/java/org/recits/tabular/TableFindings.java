package org.recits.tabular;

import java.util.List;
import java.util.Optional;

import org.recits.api.data.Finding;
import org.recits.tabular.internal.DateTexts;

/**
 * The findings about a table as a whole that every reader gives alike, in the same words: one shared path, so
 * that a quirk caught for the activity files is caught for the survey exports too.
 *
 * @since 1.4
 */
public final class TableFindings {
    private TableFindings() {
    }

    /**
     * The one warning about rows cut to {@link Table#MAX_CELLS} cells: how many, where the first is, and what
     * usually causes them, so that the cut is never silent.
     *
     * @param t the table, once its rows were read
     * @return the finding, on the first cut row's line
     */
    public static Optional<Finding> cutRows(Table t) {
        List<Long> lines = t.cutLines();
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Finding.warning(t.name(), lines.get(0), null, null, DateTexts.text("rows.cut",
                lines.size(), String.valueOf(Table.MAX_CELLS), String.valueOf(lines.get(0)))));
    }
}
