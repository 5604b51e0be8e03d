package org.recits.tabular;

import java.io.Closeable;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Rows of one table, header first. Iterating streams the rows (bounded memory for CSV); each call to
 * {@link #iterator()} reads the table again from its first data row. A CSV that breaks off (an
 * unterminated quote) makes the iterator throw {@link java.io.UncheckedIOException} naming the line.
 */
public interface Table extends Closeable, Iterable<Row> {
    /**
     * The most cells a row holds: a row with more (10 000 separators on a line, a cell at column XFD of a
     * sheet) is cut to this many, its line given by {@link #cutLines()}, so that a small hostile file cannot
     * fill the memory. Far wider than any export: the widest survey export seen has 163 columns.
     *
     * @since 1.4
     */
    int MAX_CELLS = 2_048;

    /** As shown in findings: "sessions.csv", "data.xlsx#sessions". */
    String name();

    /** The header row's cells as written (BOM stripped). Empty for an empty file. */
    List<String> header();

    /** 1-based line of the header (1, or later when the file starts with blank lines). */
    long headerLine();

    /** The detected encoding; null for a sheet. */
    Charset charset();

    /**
     * The lines of a UTF-8 file that are not valid UTF-8 (a row pasted from another tool) and were read as
     * Windows-1252, so that its other lines keep their accents; the reader says so. Empty for other files.
     *
     * @return the 1-based physical lines, in file order
     * @since 1.3
     */
    default List<Long> windows1252Lines() {
        return List.of();
    }

    /**
     * The lines of the rows that had more than {@link #MAX_CELLS} cells and were cut to that many, as far as
     * the table was read: complete once a row iterator has reached the end. {@link TableFindings#cutRows} turns them into
     * the readers' finding.
     *
     * @return the 1-based lines, in file order
     * @since 1.4
     */
    default List<Long> cutLines() {
        return List.of();
    }

    /** The detected separator; 0 for a sheet. */
    char separator();

    /**
     * The first {@code n} data rows as {@link #iterator()} gives them (fewer when the table has fewer), read on
     * the caller's thread without reading further: enough to look at a table before reading it.
     *
     * @param n how many rows at the most
     * @return the rows
     * @since 1.1
     */
    default List<Row> head(int n) {
        List<Row> rows = new ArrayList<>();
        Iterator<Row> it = iterator();
        while (rows.size() < n && it.hasNext()) {
            rows.add(it.next());
        }
        return rows;
    }

    /**
     * The data rows as {@link #iterator()} gives them, each with what a function of the row makes of it. A large
     * CSV is parsed on other threads, and the function then runs there too, beside the caller's own work on the
     * rows before: each of those threads calls {@code perThread} once for a function of its own, which may keep
     * caches without locks but must not touch what other threads use. It may also be given the header and
     * records the iterator skips; what it makes of those is dropped. What it throws for a row is thrown by
     * {@code next()} at that row, as if it ran there. Small files and sheets run it on the caller's thread.
     *
     * @param perThread makes the function, once per thread that runs it
     * @param <T>       what the function makes of a row
     * @return the rows with what the function made of each, in table order
     * @since 1.1
     */
    default <T> Iterator<Prepared<T>> prepared(Supplier<? extends Function<? super Row, ? extends T>> perThread) {
        Function<? super Row, ? extends T> f = perThread.get();
        Iterator<Row> rows = iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Prepared<T> next() {
                Row r = rows.next();
                return new Prepared<>(r, f.apply(r));
            }
        };
    }

    /**
     * A row and what {@link #prepared}'s function made of it.
     *
     * @param row   the row
     * @param value what the function returned for it
     * @param <T>   what the function makes of a row
     * @since 1.1
     */
    record Prepared<T>(Row row, T value) {
    }
}
