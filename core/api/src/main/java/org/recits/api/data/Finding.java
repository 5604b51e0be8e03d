package org.recits.api.data;

import java.util.Objects;
import org.recits.api.model.LocalizedText;

/**
 * A data-quality finding: a row that could not be used (rejected) or a value that was used with a
 * warning. Every finding names file, line, column and value, and says why in words a labo lead
 * understands.
 *
 * @param severity whether the row was rejected or only flagged
 * @param file     file name (with {@code #sheet} for a workbook sheet)
 * @param line     1-based line where the record starts, or 0 for a whole-file finding
 * @param column   column header as in the file, or null
 * @param value    the offending value, or null
 * @param reason   why, in French and English
 */
public record Finding(Severity severity, String file, long line, String column, String value, LocalizedText reason)
        implements Comparable<Finding> {

    /** Whether the row was dropped from the dataset or kept with a warning. */
    public enum Severity {
        /** The row is not in the dataset; counted as rejected; fatal under {@code --strict}. */
        REJECTED,
        /** The row is in the dataset; something in it deserves a look. */
        WARNING
    }

    /**
     * Checks that severity, file and reason are present: a finding must say where and why.
     *
     * @param severity whether the row was rejected or only flagged
     * @param file     file name (with {@code #sheet} for a workbook sheet)
     * @param line     1-based line where the record starts, or 0 for a whole-file finding
     * @param column   column header as in the file, or null
     * @param value    the offending value, or null
     * @param reason   why, in French and English
     */
    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * A row that is dropped from the dataset and counted as rejected.
     *
     * @param file   file name (with {@code #sheet} for a workbook sheet)
     * @param line   1-based line where the record starts, or 0 for a whole-file finding
     * @param column column header as in the file, or null
     * @param value  the offending value, or null
     * @param reason why, in French and English
     * @return the finding
     */
    public static Finding rejected(String file, long line, String column, String value, LocalizedText reason) {
        return new Finding(Severity.REJECTED, file, line, column, value, reason);
    }

    /**
     * A row that is kept, with something in it the labo lead should check.
     *
     * @param file   file name (with {@code #sheet} for a workbook sheet)
     * @param line   1-based line where the record starts, or 0 for a whole-file finding
     * @param column column header as in the file, or null
     * @param value  the offending value, or null
     * @param reason why, in French and English
     * @return the finding
     */
    public static Finding warning(String file, long line, String column, String value, LocalizedText reason) {
        return new Finding(Severity.WARNING, file, line, column, value, reason);
    }

    /** In file, then line order, so that reports list findings as a reader meets them. */
    @Override
    public int compareTo(Finding o) {
        int c = file.compareTo(o.file);
        if (c == 0) {
            c = Long.compare(line, o.line);
        }
        if (c == 0) {
            c = String.valueOf(column).compareTo(String.valueOf(o.column));
        }
        return c;
    }
}
