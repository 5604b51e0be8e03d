package org.recits.engine.internal.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.recits.api.report.PluginFailure;
import org.recits.api.report.Progress;
import org.recits.api.report.RenderContext;
import org.recits.api.report.Report;
import org.recits.api.report.ReportRenderer;
import org.recits.api.report.SharedWork;
import org.recits.engine.internal.Failures;
import org.recits.api.text.Messages;
import org.recits.engine.internal.EngineTexts;
import org.recits.engine.internal.Registered;

/**
 * Runs the renderers, each in its own staging folder, then switches the output folder to their files as
 * one set ({@link OutputSet}). A reader never sees a half-written file nor a mix of two runs' files; a
 * full disk stops the run with the previous set untouched.
 */
public final class OutputWriter {

    private final Messages messages;
    private final Progress progress;

    public OutputWriter(Messages messages, Progress progress) {
        this.messages = messages;
        this.progress = progress;
    }

    /**
     * Files written (relative to the output folder), renderers that failed, and whether an earlier run's
     * interrupted switch had to be finished first.
     */
    public record Result(List<Path> written, List<PluginFailure> failures, boolean recovered) {
    }

    public Result write(Report report, List<Registered<ReportRenderer>> renderers, Path outDir) throws IOException {
        return write(report, renderers, outDir, java.util.Set.of());
    }

    /** @param extraFormats formats asked for beyond the defaults ({@code --format csv}) */
    public Result write(Report report, List<Registered<ReportRenderer>> renderers, Path outDir,
            java.util.Set<String> extraFormats) throws IOException {
        return write(report, renderers, outDir, extraFormats, OutputSet.Steps.NONE);
    }

    Result write(Report report, List<Registered<ReportRenderer>> renderers, Path outDir,
            java.util.Set<String> extraFormats, OutputSet.Steps steps) throws IOException {
        try (OutputSet set = OutputSet.open(outDir, steps)) {
            Path staging = set.newStaging();
            List<Path> written = new ArrayList<>();
            List<PluginFailure> failures = new ArrayList<>();
            List<OutputSet.Move> moves = new ArrayList<>();
            // The renderers are independent (each reads the finished Report and writes its own folder):
            // they run side by side, one thread each up to the processor count. Their files are then
            // switched in the renderers' order, so outputs and failures do not depend on which finished first.
            List<Rendered> outcomes = renderAll(report, renderers, staging, extraFormats);
            for (Rendered r : outcomes) {
                if (r.failure() != null) {
                    if (DiskFull.is(r.error())) {
                        DiskFull full = DiskFull.of(r.error(), outDir, staging);
                        // What was staged would keep the space the user is about to free.
                        OutputSet.deleteTree(staging);
                        throw full;
                    }
                    failures.add(r.failure());
                    continue;
                }
                for (Path f : r.files()) {
                    Path relative = f.isAbsolute() ? r.own().relativize(f) : f;
                    moves.add(new OutputSet.Move(r.own().resolve(relative.toString()), relative));
                    written.add(relative);
                }
            }
            // A failed renderer's files of an earlier run leave with the rest of that run's set: beside
            // the new files they would be a report of other data.
            set.commit(setKey(report), staging, moves);
            written.sort(Comparator.naturalOrder());
            return new Result(written, failures, set.recovered());
        }
    }

    /** Each period's outputs are a set of their own: a folder may hold several quarters' reports. */
    private static String setKey(Report report) {
        return report == null ? "report" : "report-" + report.period().label(report.locale());
    }

    /** One renderer's outcome: its folder and files, or why it failed. */
    private record Rendered(Path own, List<Path> files, PluginFailure failure, Throwable error) {
    }

    private List<Rendered> renderAll(Report report, List<Registered<ReportRenderer>> renderers, Path staging,
            java.util.Set<String> extraFormats) throws IOException {
        AtomicInteger started = new AtomicInteger();
        SharedWork shared = new RunSharedWork();
        List<Callable<Rendered>> tasks = new ArrayList<>();
        for (Registered<ReportRenderer> r : renderers) {
            tasks.add(() -> renderOne(r, report, staging, extraFormats, shared, started.getAndIncrement(),
                    renderers.size()));
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
            java.util.Set<String> extraFormats, SharedWork shared, int done, int total) throws IOException {
        String id = r.service().id();
        progress.update(messages.get("progress.rendering", id), done, total);
        Path own = Files.createDirectory(staging.resolve(id));
        try {
            return new Rendered(own, r.service().render(report, new RenderContext(own, progress, extraFormats, shared)),
                    null, null);
        } catch (IOException | RuntimeException | LinkageError e) {
            return new Rendered(own, List.of(),
                    new PluginFailure(id + " (" + r.provider() + ")", "render", Failures.describe(e)), e);
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
}
