package org.recits.engine.internal.cli;

import java.io.PrintWriter;
import org.recits.api.report.Progress;

/**
 * Progress on one line of the terminal (standard error), rewritten in place, once the run has lasted a second: a
 * shorter run shows none. Nothing at all when standard error is not a terminal, so that logs stay clean.
 */
final class TerminalProgress implements Progress {

    /** A run shorter than this shows no progress. */
    static final long DELAY_NANOS = 1_000_000_000L;

    private final PrintWriter err;
    private final long start;
    private boolean shown;

    TerminalProgress(PrintWriter err) {
        this(err, System.nanoTime());
    }

    TerminalProgress(PrintWriter err, long start) {
        this.err = err;
        this.start = start;
    }

    /** The run's progress: to the context's watcher when it has one, else to a terminal, else nowhere. */
    static Progress forContext(CliContext ctx) {
        if (ctx.watcher() != Progress.NONE) {
            return ctx.watcher();
        }
        return ctx.terminal() ? new TerminalProgress(ctx.err()) : Progress.NONE;
    }

    @Override
    public synchronized void update(String what, long done, long total) {
        if (!shown && System.nanoTime() - start < DELAY_NANOS) {
            return;
        }
        String counter = total > 0 ? " [" + Math.min(done + 1, total) + "/" + total + "]" : "";
        String line = what + counter;
        if (line.length() > 78) {
            line = line.substring(0, 77) + "…";
        }
        err.print("\r\033[K" + line);
        err.flush();
        shown = true;
    }

    /** Clears the progress line before normal output. */
    synchronized void clear() {
        if (shown) {
            err.print("\r\033[K");
            err.flush();
            shown = false;
        }
    }

    static void clear(Progress p) {
        if (p instanceof TerminalProgress t) {
            t.clear();
        }
    }
}
