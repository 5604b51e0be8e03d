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

    /**
     * The one warning about lines of a UTF-8 file read as Windows-1252 ({@link Table#windows1252Lines()}): which
     * lines (the first ten), so that the reader checks their accents.
     *
     * @param t the table
     * @return the finding, on the first such line; empty for a file without any
     * @since 1.4
     */
    public static Optional<Finding> windows1252Lines(Table t) {
        List<Long> lines = t.windows1252Lines();
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        String shown = String.join(", ", lines.subList(0, Math.min(10, lines.size())).stream().map(String::valueOf).toList());
        return Optional.of(Finding.warning(t.name(), lines.get(0), null, null, DateTexts.text("rows.windows1252",
                lines.size(), shown, lines.size() - Math.min(10, lines.size()))));
    }

    /**
     * The rejection of a row holding a runaway quote, with the rows it swallowed: where it opens, where it
     * closes (if ever), how many rows it took, and what to do. Its text is never shown: it is what a person
     * wrote, perhaps, and the rows of others.
     *
     * @param t the table
     * @param q the row's runaway quote ({@link RunawayQuote#in})
     * @return the finding, on the row's line, in the column that opened the quote
     * @since 1.4
     */
    public static Finding runawayQuote(Table t, RunawayQuote q) {
        return Finding.rejected(t.name(), q.line(), t.header().get(q.column()), null,
                DateTexts.text("rows.runawayQuote", String.valueOf(q.line()), String.valueOf(q.lastLine()), q.swallowed()));
    }
}
