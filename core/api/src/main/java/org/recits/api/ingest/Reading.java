package org.recits.api.ingest;

import java.util.List;
import java.util.Objects;
import org.recits.api.data.SourceFile;
import org.recits.api.model.LocalizedText;

/**
 * What an ingestor read in one file, in words for the person who prepared it ({@code recits check} shows
 * them): each table read with what it was taken for, and the rest of the file, one line each (what a file
 * holding no table is, such as the export a mapping file maps; a part left aside, with why and the name
 * expected).
 *
 * @param tables each table read, in the file's order
 * @param notes  the rest, one line each, in the file's order
 * @since 1.2
 */
public record Reading(List<Table> tables, List<LocalizedText> notes) {

    /**
     * One table read.
     *
     * @param recognised what it was taken for (« tableau des sessions », « KoBoToolbox, export large avec libellés »)
     * @param count      its rows read, kept and rejected, as {@link Ingestor#ingest} returns them
     * @since 1.2
     */
    public record Table(LocalizedText recognised, SourceFile.TableCount count) {

        /**
         * Requires both parts.
         *
         * @param recognised what it was taken for
         * @param count      its rows read, kept and rejected
         */
        public Table {
            Objects.requireNonNull(recognised, "recognised");
            Objects.requireNonNull(count, "count");
        }
    }

    /**
     * Copies both lists.
     *
     * @param tables each table read, in the file's order
     * @param notes  the rest, one line each, in the file's order
     */
    public Reading {
        tables = List.copyOf(tables);
        notes = List.copyOf(notes);
    }

    /**
     * The reading of an ingestor that says nothing more than its counts: each table is known by its name.
     *
     * @param counts the row counts per table
     * @return the reading, with no note
     */
    public static Reading of(List<SourceFile.TableCount> counts) {
        return new Reading(counts.stream().map(c -> new Table(LocalizedText.of(c.table()), c)).toList(), List.of());
    }

    /**
     * The row counts per table, as {@link Ingestor#ingest} returns them.
     *
     * @return the counts, in the tables' order
     */
    public List<SourceFile.TableCount> counts() {
        return tables.stream().map(Table::count).toList();
    }
}
