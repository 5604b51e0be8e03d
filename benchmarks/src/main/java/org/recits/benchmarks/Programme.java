package org.recits.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.Indicator;
import org.recits.api.ingest.Ingestor;
import org.recits.api.ingest.InputFile;
import org.recits.indicators.activity.internal.ActiveAmbassadors;
import org.recits.indicators.activity.internal.AttendanceRate;
import org.recits.indicators.activity.internal.CollectiviteShare;
import org.recits.indicators.activity.internal.InterventionDays;
import org.recits.indicators.values.internal.SessionSatisfaction;
import org.recits.ingest.activity.internal.ActivityIngestor;
import org.recits.ingest.survey.internal.SurveyIngestor;
import org.recits.tools.generator.internal.ProgrammeGenerator;

/**
 * A generated sample programme on disk and read into a {@link Dataset} the way the engine reads a
 * folder (ingestors in path order, then their cross-file checks), without the OSGi framework.
 */
public final class Programme {

    /** The indicators the benchmarks (and the Python baseline) compute. */
    public static final List<Indicator> INDICATORS = List.of(new ActiveAmbassadors(), new AttendanceRate(),
            new InterventionDays(), new CollectiviteShare(), new SessionSatisfaction());

    private Programme() {
    }

    /** Generates scale {@code scale} (seed 27) into a new temporary folder. */
    public static Path generate(int scale) {
        try {
            Path dir = Files.createTempDirectory("recits-bench-" + scale + "-");
            ProgrammeGenerator.generate(dir, 27L, scale);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Path> csvFiles(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file offered to the two ingestors into one builder, cross-checks included. */
    public static Dataset.Builder ingest(Path dir) {
        List<Ingestor> ingestors = List.of(new ActivityIngestor(), new SurveyIngestor());
        Dataset.Builder b = Dataset.builder();
        for (Path f : csvFiles(dir)) {
            try {
                InputFile in = InputFile.of(f, dir.relativize(f).toString().replace('\\', '/'));
                for (Ingestor i : ingestors) {
                    if (i.accepts(in)) {
                        i.ingest(in, b);
                        break;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Dataset snapshot = b.build();
        ingestors.forEach(i -> i.crossCheck(b, snapshot));
        return b;
    }

    /** Deletes a generated folder. */
    public static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(walk.toList());
            java.util.Collections.reverse(all);
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
