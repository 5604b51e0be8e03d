package org.recits.tabular;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.recits.api.model.LocalizedText;
import org.recits.tabular.internal.DateTexts;

/**
 * A header that is not on a table's first line: hand-made sheets often have a title, a subtitle or a blank
 * row above it. The reader that knows which columns it expects picks the header among the
 * {@linkplain #candidates first rows}; {@link #from} then reads the table from there, with the file's own
 * line numbers.
 *
 * @since 1.2
 */
public final class Headers {
    /** How many rows, the table's first one included, may hold the header. */
    public static final int ROWS = 10;

    private Headers() {
    }

    /**
     * The warning both readers give when the header was found below a title: the rows above it are not read.
     *
     * @param firstLine  the table's first line
     * @param headerLine the header's line
     * @return the text, in French and English
     */
    public static LocalizedText belowTitle(long firstLine, long headerLine) {
        return headerLine - firstLine == 1
                ? DateTexts.text("header.belowTitle.one", String.valueOf(firstLine), String.valueOf(headerLine))
                : DateTexts.text("header.belowTitle.many", String.valueOf(firstLine), String.valueOf(headerLine),
                        String.valueOf(headerLine - 1));
    }

    /**
     * The rows that may be the header: the table's first row, then the rows after it, {@link #ROWS} at most,
     * each with its line in the file. Read on the caller's thread.
     *
     * @param t the table
     * @return the candidate rows, the first one being {@link Table#header()}
     */
    public static List<Row> candidates(Table t) {
        List<Row> rows = new ArrayList<>(ROWS);
        rows.add(new Row(t.headerLine(), t.header()));
        rows.addAll(t.head(ROWS - 1));
        return rows;
    }

    /**
     * The table read with this row as its header: the rows above it and the row itself are not data.
     * Closing it closes the table.
     *
     * @param t      the table
     * @param header one of its {@link #candidates}
     * @return {@code t} itself when the row is its header already
     */
    public static Table from(Table t, Row header) {
        return header.line() == t.headerLine() ? t : new From(t, header);
    }

    /** The table seen from a later header row: every row up to it is skipped, lines unchanged. */
    private static final class From implements Table {
        private final Table table;
        private final Row header;

        From(Table table, Row header) {
            this.table = table;
            this.header = header;
        }

        @Override
        public String name() {
            return table.name();
        }

        @Override
        public List<String> header() {
            return header.cells();
        }

        @Override
        public long headerLine() {
            return header.line();
        }

        @Override
        public Charset charset() {
            return table.charset();
        }

        @Override
        public char separator() {
            return table.separator();
        }

        @Override
        public List<Long> windows1252Lines() {
            return table.windows1252Lines();
        }

        @Override
        public List<Long> cutLines() {
            return table.cutLines();
        }

        @Override
        public Iterator<Row> iterator() {
            return after(table.iterator(), Function.identity());
        }

        @Override
        public List<Row> head(int n) {
            List<Row> rows = new ArrayList<>();
            for (Row r : table.head(n + ROWS)) {
                if (r.line() > header.line() && rows.size() < n) {
                    rows.add(r);
                }
            }
            return rows;
        }

        @Override
        public <T> Iterator<Prepared<T>> prepared(Supplier<? extends Function<? super Row, ? extends T>> perThread) {
            return after(table.prepared(perThread), Prepared::row);
        }

        @Override
        public void close() throws IOException {
            table.close();
        }

        /** Skips what comes up to the header row (rows above it are few: at most {@link #ROWS}). */
        private <E> Iterator<E> after(Iterator<E> all, Function<E, Row> row) {
            return new Iterator<>() {
                private E next;
                private boolean past;

                @Override
                public boolean hasNext() {
                    while (next == null && all.hasNext()) {
                        E e = all.next();
                        if (past || row.apply(e).line() > header.line()) {
                            past = true;
                            next = e;
                        }
                    }
                    return next != null;
                }

                @Override
                public E next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    E e = next;
                    next = null;
                    return e;
                }
            };
        }
    }
}
