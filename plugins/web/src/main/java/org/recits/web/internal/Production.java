package org.recits.web.internal;

import java.nio.file.Path;
import java.util.List;
import org.recits.api.run.CommandRun;

/**
 * One report of a job: asked with these arguments, running, then done with what {@code recits report} said.
 *
 * @param out     the folder it writes to, its own inside the job's
 * @param period  the period asked, as typed ({@code 2021-T1})
 * @param started {@link System#nanoTime()} at its start
 * @param run     what the command gave, or null while it runs
 */
record Production(Path out, String period, long started, CommandRun run) {

    boolean done() {
        return run != null;
    }

    Production finished(CommandRun result) {
        return new Production(out, period, started, result);
    }

    /** The command line it runs: the same as a user would type. */
    static List<String> command(Path data, Path out, String period, String lang, boolean csv) {
        List<String> args = new java.util.ArrayList<>(List.of("report", "--data", data.toString(), "--out",
                out.toString(), "--period", period, "--lang", lang));
        if (csv) {
            args.addAll(List.of("--format", "csv"));
        }
        return args;
    }
}
