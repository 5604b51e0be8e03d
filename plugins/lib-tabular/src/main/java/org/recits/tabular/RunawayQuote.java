package org.recits.tabular;

import java.util.List;

/**
 * A quoted cell that swallowed the records below it. A stray {@code "} at a cell's start opens a quote that
 * runs over line ends up to the next quote of the file, or to its end: spreadsheets and Commons CSV then read
 * the rows it covers as the text of one cell, and a reader counting rows would see one bad row where there
 * are hundreds. Its sign is a line inside a cell that holds as many separators as a record of the table: a
 * multi-line comment rarely does. Both ways of reading a CSV (one thread or blocks) give the same rows, so
 * the same runaway quotes.
 *
 * @param line      the line where the row holding the quote starts
 * @param lastLine  the last line holding text of the row (the file's last line when the quote is never closed)
 * @param column    the index of the cell that opened the quote
 * @param swallowed the non-blank lines inside the row's cells: rows of the file read as text
 * @since 1.3
 */
public record RunawayQuote(long line, long lastLine, int column, long swallowed) {

    /**
     * The runaway quote in a row, or null when none of its cells has a line that looks like a record.
     *
     * @param row       a row of a CSV table
     * @param separator the table's separator ({@link Table#separator()})
     * @param columns   the cells of the table's header: a line with at least {@code columns - 1} separators (one at
     *                  least) is a record
     * @return the runaway quote, or null
     */
    public static RunawayQuote of(Row row, char separator, int columns) {
        List<String> cells = row.cells();
        int first = -1;
        for (int i = 0; i < cells.size() && first < 0; i++) {
            if (holdsRecord(cells.get(i), separator, Math.max(1, columns - 1))) {
                first = i;
            }
        }
        if (first < 0) {
            return null;
        }
        long breaks = 0;
        long swallowed = 0;
        for (String c : cells) {
            breaks += lineEnds(c);
            swallowed += nonBlankLinesAfterFirst(c);
        }
        String last = cells.get(cells.size() - 1);
        if (!last.isEmpty() && (last.endsWith("\n") || last.endsWith("\r"))) {
            breaks--; // the file's final line end, inside a quote left open: no line after it
        }
        return new RunawayQuote(row.line(), row.line() + breaks, first, swallowed);
    }

    /**
     * The runaway quote in a row of a table, or null: none for a sheet, which has no quotes.
     *
     * @param row a row of {@code t}
     * @param t   the table, whose header gives how many separators make a record
     * @return the runaway quote, or null
     * @since 1.4
     */
    public static RunawayQuote in(Row row, Table t) {
        return t.separator() == 0 ? null : of(row, t.separator(), t.header().size());
    }

    /** Whether a line after the cell's first holds {@code separators} separators or more. */
    private static boolean holdsRecord(String cell, char separator, int separators) {
        int from = nextLine(cell, 0);
        while (from >= 0) {
            int end = nextLine(cell, from);
            int stop = end < 0 ? cell.length() : end;
            int n = 0;
            for (int i = from; i < stop && n < separators; i++) {
                if (cell.charAt(i) == separator) {
                    n++;
                }
            }
            if (n >= separators) {
                return true;
            }
            from = end;
        }
        return false;
    }

    /** Where the line after the one at {@code from} starts, -1 when there is none. */
    private static int nextLine(String s, int from) {
        int lf = s.indexOf('\n', from);
        int cr = s.indexOf('\r', from);
        if (cr >= 0 && (lf < 0 || cr < lf)) {
            return cr + 1 < s.length() && s.charAt(cr + 1) == '\n' ? cr + 2 : cr + 1;
        }
        return lf < 0 ? -1 : lf + 1;
    }

    /** Line ends as the CSV reader counts them: CR LF is one. */
    private static long lineEnds(String s) {
        long n = 0;
        for (int at = nextLine(s, 0); at >= 0; at = nextLine(s, at)) {
            n++;
        }
        return n;
    }

    private static long nonBlankLinesAfterFirst(String s) {
        long n = 0;
        int from = nextLine(s, 0);
        while (from >= 0) {
            int end = nextLine(s, from);
            if (!s.substring(from, end < 0 ? s.length() : end).isBlank()) {
                n++;
            }
            from = end;
        }
        return n;
    }
}
