package org.recits.engine.internal.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.recits.api.report.Progress;
import org.recits.api.report.RenderContext;
import org.recits.api.report.Report;
import org.recits.api.report.ReportRenderer;
import org.recits.api.text.Messages;
import org.recits.engine.internal.EngineTexts;
import org.recits.engine.internal.Registered;

/**
 * A child process for {@link OutputSetTest}: writes one run's set ({@code VERSION} in every file) and
 * halts the JVM after the step named, as a kill would: no finally block, no shutdown hook runs.
 * Prints each step it passes, so that the test learns the steps from a run that is not killed.
 *
 * <p>Arguments: output folder, version, step to halt after (or {@code -}).
 */
public final class KillDuringSwitch {

    private KillDuringSwitch() {
    }

    /** Writes {@code name} with the version as content; the "v1" run also writes an extra CSV. */
    private record Writes(String version) implements ReportRenderer {
        @Override
        public String id() {
            return "writes";
        }

        @Override
        public List<Path> render(Report report, RenderContext context) throws IOException {
            List<Path> files = new ArrayList<>();
            List<String> names = new ArrayList<>(List.of("recits-P.xlsx", "recit-P.html", "graphiques/g.png"));
            if (version.equals("v1")) {
                names.add("recits-P-donnees.csv");
            }
            for (String n : names) {
                Path f = context.outputDir().resolve(n);
                Files.createDirectories(f.getParent());
                Files.writeString(f, version, StandardCharsets.UTF_8);
                files.add(f);
            }
            return files;
        }
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        String version = args[1];
        String killAfter = args[2];
        OutputSet.Steps steps = step -> {
            System.out.println("step " + step);
            System.out.flush();
            if (step.equals(killAfter)) {
                Runtime.getRuntime().halt(137);
            }
        };
        new OutputWriter(EngineTexts.of(Locale.FRENCH), Progress.NONE)
                .write(null, List.of(Registered.local(new Writes(version))), out, java.util.Set.of(), steps);
    }
}
