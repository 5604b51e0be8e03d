package org.recits.tabular;

import java.io.Closeable;
import java.nio.charset.Charset;
import java.util.List;

/**
 * Rows of one table, header first. Iterating streams the rows (bounded memory for CSV); each call to
 * {@link #iterator()} reads the table again from its first data row. A CSV that breaks off (an
 * unterminated quote) makes the iterator throw {@link java.io.UncheckedIOException} naming the line.
 */
public interface Table extends Closeable, Iterable<Row> {
    /** As shown in findings: "sessions.csv", "data.xlsx#sessions". */
    String name();

    /** The header row's cells as written (BOM stripped). Empty for an empty file. */
    List<String> header();

    /** 1-based line of the header (1, or later when the file starts with blank lines). */
    long headerLine();

    /** The detected encoding; null for a sheet. */
    Charset charset();

    /** The detected separator; 0 for a sheet. */
    char separator();
}
