package org.recits.api.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.recits.api.data.Dataset;
import org.recits.api.data.SourceFile;

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
