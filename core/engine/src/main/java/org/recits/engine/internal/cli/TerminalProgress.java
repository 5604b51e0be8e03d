package org.recits.engine.internal.cli;

import java.io.PrintWriter;
import org.recits.api.report.Progress;

/** Progress on one line of the terminal, rewritten in place; nothing at all when output is not a terminal. */
final class TerminalProgress implements Progress {

    private final PrintWriter err;
    private boolean shown;

    TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    static Progress forContext(CliContext ctx) {
        return ctx.terminal() ? new TerminalProgress(ctx.err()) : Progress.NONE;
    }

    @Override
    public synchronized void update(String what, long done, long total) {
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
