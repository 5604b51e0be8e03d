package org.recits.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.recits.api.data.Dataset;
import org.recits.api.data.Finding;
import org.recits.api.ingest.Ingestor;
import org.recits.api.ingest.InputFile;

/**
 * A folder of activity files laid out as docs/format.md says ({@code collectivites.csv}, {@code sessions.csv},
 * {@code presences.csv}…), read by the product's own activity reader, as {@code recits report} reads
 * it, without a framework. The reader is found through {@link ServiceLoader} (recits-ingest-activity declares
 * it in {@code META-INF/services}), so the testkit depends on no plugin's internal package. Handy when a test's data is easier to show as the lab's files than as code,
 * and to run the same files through {@link FelixHarness} afterwards.
 */
public final class DataFolder {

    /** The id of the product's activity reader, {@code ActivityIngestor.ID}. */
    private static final String ACTIVITY = "activity";

    private DataFolder() {
    }

    /**
     * Reads every file of the folder the activity reader accepts, then its cross-file checks.
     *
     * @throws IllegalStateException when a row was rejected: a fixture with a typo would silently test
     *                               something else; use {@link #loadLeniently} to look at the findings
     */
    public static Dataset load(Path folder) throws IOException {
        Dataset data = loadLeniently(folder);
        if (data.rejectedCount() > 0) {
            StringBuilder why = new StringBuilder("rows rejected in " + folder + ":");
            data.findings().stream().filter(f -> f.severity() == Finding.Severity.REJECTED)
                    .forEach(f -> why.append("\n  ").append(f.file()).append(':').append(f.line()).append(' ')
                            .append(f.reason().fr()));
            throw new IllegalStateException(why.toString());
        }
        return data;
    }

    /** Reads the folder and keeps every finding in the dataset, rejected rows included. */
    public static Dataset loadLeniently(Path folder) throws IOException {
        Ingestor reader = activityReader();
        Dataset.Builder builder = Dataset.builder();
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            InputFile input = InputFile.of(file, file.getFileName().toString());
            if (reader.accepts(input)) {
                reader.ingest(input, builder);
            }
        }
        reader.crossCheck(builder, builder.build());
        return builder.build();
    }

    /** The activity reader; its absence fails the test rather than loading an empty dataset. */
    private static Ingestor activityReader() {
        return ServiceLoader.load(Ingestor.class, DataFolder.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .filter(i -> ACTIVITY.equals(i.id()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "no activity reader (Ingestor \"" + ACTIVITY + "\") on the class path: recits-ingest-activity is missing"));
    }
}
