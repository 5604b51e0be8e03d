package org.recits.api.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.recits.api.data.Dataset;
import org.recits.api.data.SourceFile;
import org.recits.api.model.LocalizedText;

/**
 * Reads some of a lab's files into typed records. Register implementations as OSGi services.
 *
 * <p>The engine offers each file of the data folder to every ingestor; the first one that
 * {@linkplain #accepts accepts} it reads it. A file that looks like data and that no ingestor accepts
 * is reported, never ignored.
 */
public interface Ingestor {

    /**
     * A stable id such as {@code activity}, shown in provenance and error messages.
     *
     * @return the id; the same every call
     */
    String id();

    /**
     * Whether this ingestor reads the file. Must be cheap: decide from the name and the
     * {@linkplain InputFile#head() first bytes}.
     *
     * @param file the offered file
     * @return true when this ingestor reads it; the first ingestor that accepts a file gets it
     */
    boolean accepts(InputFile file);

    /**
     * Reads the file, adds its records to the builder, and records every row it cannot use as a
     * {@link org.recits.api.data.Finding} on the builder; never drops a row silently.
     *
     * @param file    the file this ingestor accepted
     * @param builder where records and findings go
     * @return the row counts per table read from the file (one per CSV file, one per used sheet)
     * @throws IOException when the file cannot be read at all; the engine reports it with the file's name
     */
    List<SourceFile.TableCount> ingest(InputFile file, Dataset.Builder builder) throws IOException;

    /**
     * Reads the file as {@link #ingest} does, and says what it recognised in it: what each table was taken for,
     * and what it left aside and why. The engine calls this one; by default it is {@link #ingest}'s counts, each
     * table known by its name.
     *
     * @param file    the file this ingestor accepted
     * @param builder where records and findings go
     * @return the tables read with what they were taken for, and notes on the rest of the file
     * @throws IOException when the file cannot be read at all; the engine reports it with the file's name
     * @since 1.2
     */
    default Reading read(InputFile file, Dataset.Builder builder) throws IOException {
        return Reading.of(ingest(file, builder));
    }

    /**
     * Why this ingestor did not take a file no ingestor accepted, when the file may have been meant for it: the
     * name it expected ({@code participants (1).csv}: « renommez-le « participants.csv » »), a workbook whose
     * sheets are named otherwise. Asked only of files no ingestor accepted; must be cheap, like {@link #accepts}.
     *
     * @param file the file no ingestor accepted
     * @return why, with what to do; empty when the file is none of this ingestor's concern (the default)
     * @since 1.2
     */
    default Optional<LocalizedText> declined(InputFile file) {
        return Optional.empty();
    }

    /**
     * Checks made once every file is read, across files (an attendance for an unknown session, a
     * duplicate id). Drops the rows it rejects with {@link Dataset.Builder#retain} and records why.
     * Does nothing by default.
     *
     * @param builder  the builder holding every file's records, to {@link Dataset.Builder#retain retain} from
     *                 and record findings on
     * @param snapshot the records read so far, built once for every ingestor's cross-checks, for lookups
     */
    default void crossCheck(Dataset.Builder builder, Dataset snapshot) {
    }

    /**
     * Writes, for {@code recits init}, the ready-to-fill files of what this ingestor reads: templates with
     * their header rows, examples and instructions, in the language asked. Writes nothing by default.
     *
     * @param folder an empty folder of the caller's, moved into place once every ingestor has written; the
     *               paths of two ingestors must not meet
     * @param locale the language of the instructions and comments (French, or English)
     * @return the files written, relative to {@code folder}, in a stable order
     * @throws IOException when a file cannot be written; the caller then writes none of the kit
     * @since 1.1
     */
    default List<Path> writeKit(Path folder, Locale locale) throws IOException {
        return List.of();
    }
}
