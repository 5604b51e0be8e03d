package org.recits.api.model;

/**
 * Where a record was read, so that every figure can be traced back to its rows.
 *
 * @param file  the file name as the lab gave it (with {@code #sheet} for a workbook sheet)
 * @param line  the 1-based line where the record starts (header is line 1), or 0 when unknown
 */
public record SourceRef(String file, long line) {

    /** For records built in code (tests, generated fixtures). */
    public static final SourceRef NONE = new SourceRef("", 0);

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
