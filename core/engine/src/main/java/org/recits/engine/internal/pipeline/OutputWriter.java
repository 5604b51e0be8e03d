package org.recits.engine.internal.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.recits.api.report.PluginFailure;
import org.recits.api.report.Progress;
import org.recits.api.report.RenderContext;
import org.recits.api.report.Report;
import org.recits.api.report.ReportRenderer;
import org.recits.engine.internal.Failures;
import org.recits.engine.internal.Messages;
import org.recits.engine.internal.Registered;

/**
 * Runs the renderers, each in a private temporary folder beside the output folder, and moves a
 * renderer's files into place only once it has finished without error. A reader of the output folder
 * never sees a half-written file, and a failing renderer leaves the previous outputs untouched.
 */
public final class OutputWriter {

    private final Messages messages;
    private final Progress progress;

    public OutputWriter(Messages messages, Progress progress) {
        this.messages = messages;
        this.progress = progress;
    }

    /** Files written (relative to the output folder) and renderers that failed. */
    public record Result(List<Path> written, List<PluginFailure> failures) {
    }

    public Result write(Report report, List<Registered<ReportRenderer>> renderers, Path outDir) throws IOException {
        return write(report, renderers, outDir, java.util.Set.of());
    }

    /** @param extraFormats formats asked for beyond the defaults ({@code --format csv}) */
    public Result write(Report report, List<Registered<ReportRenderer>> renderers, Path outDir,
            java.util.Set<String> extraFormats) throws IOException {
        Files.createDirectories(outDir);
        // Inside the output folder so the final moves stay on one file system and can be atomic.
        Path staging = Files.createTempDirectory(outDir, ".recits-tmp-");
        List<Path> written = new ArrayList<>();
        List<PluginFailure> failures = new ArrayList<>();
        try {
            int done = 0;
            for (Registered<ReportRenderer> r : renderers) {
                String id = r.service().id();
                progress.update(messages.get("progress.rendering", id), done++, renderers.size());
                Path own = Files.createDirectory(staging.resolve(id));
                List<Path> files;
                try {
                    files = r.service().render(report, new RenderContext(own, progress, extraFormats));
                } catch (IOException | RuntimeException | LinkageError e) {
                    failures.add(new PluginFailure(id + " (" + r.provider() + ")", "render", Failures.describe(e)));
                    continue;
                }
                for (Path f : files) {
                    Path relative = f.isAbsolute() ? own.relativize(f) : f;
                    Path target = outDir.resolve(relative.toString());
                    Files.createDirectories(target.getParent());
                    move(own.resolve(relative.toString()), target);
                    written.add(relative);
                }
            }
        } finally {
            deleteTree(staging);
        }
        written.sort(Comparator.naturalOrder());
        return new Result(written, failures);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
