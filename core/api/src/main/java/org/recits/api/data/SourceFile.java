package org.recits.api.data;

import java.util.List;
import java.util.Objects;

/**
 * Provenance of one input file: what read it, its hash, and how many rows were read, kept and rejected.
 *
 * @param name            file name relative to the data folder
 * @param sha256          hex SHA-256 of the file's bytes
 * @param ingestor        id of the ingestor that read it
 * @param ingestorVersion version of the bundle that provides the ingestor
 * @param tables          per table (one for a CSV file, one per sheet of a workbook)
 */
public record SourceFile(String name, String sha256, String ingestor, String ingestorVersion, List<TableCount> tables) {

    /**
     * Row counts for one table of a file. Rows read, kept and rejected are rows of the file; answers rejected
     * are values dropped inside rows that were kept (a survey answer off its scale: the respondent's other
     * answers stay), so they are counted apart and never as rows.
     *
     * @param table           the table's name ({@code sessions}, a sheet name, a survey name)
     * @param read            data rows read (header excluded)
     * @param kept            rows that became records
     * @param rejected        rows reported and dropped
     * @param answersRejected answers reported and dropped in rows that were kept
     * @since 1.3
     */
    public record TableCount(String table, long read, long kept, long rejected, long answersRejected) {

        /**
         * Row counts of a table whose rows are kept or rejected whole (no answer rejected on its own).
         *
         * @param table    the table's name ({@code sessions}, a sheet name, a survey name)
         * @param read     data rows read (header excluded)
         * @param kept     rows that became records
         * @param rejected rows reported and dropped
         */
        public TableCount(String table, long read, long kept, long rejected) {
            this(table, read, kept, rejected, 0);
        }
    }

    /**
     * Requires the name; copies the tables, a null list meaning none.
     *
     * @param name            file name relative to the data folder
     * @param sha256          hex SHA-256 of the file's bytes
     * @param ingestor        id of the ingestor that read it
     * @param ingestorVersion version of the bundle that provides the ingestor
     * @param tables          per table (one for a CSV file, one per sheet of a workbook)
     */
    public SourceFile {
        Objects.requireNonNull(name, "name");
        tables = tables == null ? List.of() : List.copyOf(tables);
    }

    /**
     * Data rows read from every table of the file, headers excluded.
     *
     * @return the sum of {@link TableCount#read()}
     */
    public long rowsRead() {
        return tables.stream().mapToLong(TableCount::read).sum();
    }

    /**
     * Rows of the file that became records.
     *
     * @return the sum of {@link TableCount#kept()}
     */
    public long rowsKept() {
        return tables.stream().mapToLong(TableCount::kept).sum();
    }

    /**
     * Rows of the file reported and dropped.
     *
     * @return the sum of {@link TableCount#rejected()}
     */
    public long rowsRejected() {
        return tables.stream().mapToLong(TableCount::rejected).sum();
    }

    /**
     * Answers reported and dropped in rows of the file that were kept.
     *
     * @return the sum of {@link TableCount#answersRejected()}
     * @since 1.3
     */
    public long answersRejected() {
        return tables.stream().mapToLong(TableCount::answersRejected).sum();
    }
}
