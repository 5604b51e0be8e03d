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
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.recits.api.report.PluginFailure;
import org.recits.api.report.Progress;
import org.recits.api.report.RenderContext;
import org.recits.api.report.Report;
import org.recits.api.report.ReportRenderer;
import org.recits.engine.internal.Failures;
import org.recits.api.text.Messages;
import org.recits.engine.internal.EngineTexts;
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
            // The renderers are independent (each reads the finished Report and writes its own folder):
            // they run side by side, one thread each up to the processor count. Their files are then
            // moved in the renderers' order, so outputs and failures do not depend on which finished first.
            List<Rendered> outcomes = renderAll(report, renderers, staging, extraFormats);
            for (Rendered r : outcomes) {
                if (r.failure() != null) {
                    failures.add(r.failure());
                    continue;
                }
                for (Path f : r.files()) {
                    Path relative = f.isAbsolute() ? r.own().relativize(f) : f;
                    Path target = outDir.resolve(relative.toString());
                    Files.createDirectories(target.getParent());
                    move(r.own().resolve(relative.toString()), target);
                    written.add(relative);
                }
            }
        } finally {
            deleteTree(staging);
        }
        written.sort(Comparator.naturalOrder());
        return new Result(written, failures);
    }

    /** One renderer's outcome: its folder and files, or why it failed. */
    private record Rendered(Path own, List<Path> files, PluginFailure failure) {
    }

    private List<Rendered> renderAll(Report report, List<Registered<ReportRenderer>> renderers, Path staging,
            java.util.Set<String> extraFormats) throws IOException {
        AtomicInteger started = new AtomicInteger();
        List<Callable<Rendered>> tasks = new ArrayList<>();
        for (Registered<ReportRenderer> r : renderers) {
            tasks.add(() -> renderOne(r, report, staging, extraFormats, started.getAndIncrement(), renderers.size()));
        }
        int threads = Math.min(tasks.size(), Runtime.getRuntime().availableProcessors());
        List<Rendered> out = new ArrayList<>();
        if (threads <= 1) {
            for (Callable<Rendered> t : tasks) {
                out.add(call(t));
            }
            return out;
        }
        ExecutorService pool = Workers.pool("recits-render", threads);
        try {
            List<Future<Rendered>> futures = new ArrayList<>();
            for (Callable<Rendered> t : tasks) {
                futures.add(pool.submit(t));
            }
            for (Future<Rendered> f : futures) {
                out.add(Workers.await(f));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private Rendered renderOne(Registered<ReportRenderer> r, Report report, Path staging,
            java.util.Set<String> extraFormats, int done, int total) throws IOException {
        String id = r.service().id();
        progress.update(messages.get("progress.rendering", id), done, total);
        Path own = Files.createDirectory(staging.resolve(id));
        try {
            return new Rendered(own, r.service().render(report, new RenderContext(own, progress, extraFormats)), null);
        } catch (IOException | RuntimeException | LinkageError e) {
            return new Rendered(own, List.of(),
                    new PluginFailure(id + " (" + r.provider() + ")", "render", Failures.describe(e)));
        }
    }

    private static Rendered call(Callable<Rendered> task) throws IOException {
        try {
            return task.call();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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
