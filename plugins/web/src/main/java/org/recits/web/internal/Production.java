package org.recits.web.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.recits.api.report.Progress;
import org.recits.api.run.CommandRun;

/**
 * One report of a job: asked with these arguments, running, then done with what {@code recits report} said.
 *
 * @param out     the folder it writes to, its own inside the job's
 * @param period  the period asked, as typed ({@code 2021-T1})
 * @param started {@link System#nanoTime()} at its start
 * @param run     what the command gave, or null while it runs
 * @param step    the last step the engine told while it runs (as a terminal shows it), null before the first
 */
record Production(Path out, String period, long started, CommandRun run, AtomicReference<Step> step) {

    /** One step of the run: what is being done, in the report's language, with its counts (total 0: unknown). */
    record Step(String what, long done, long total) {
    }

    /** A report just asked: not yet running. */
    static Production asked(Path out, String period) {
        return new Production(out, period, System.nanoTime(), null, new AtomicReference<>());
    }

    /** The period in the page's words (« 1er trimestre 2021 », « Q1 2021 »), not as it was typed. */
    String period(java.util.Locale locale) {
        return org.recits.api.text.PeriodWords.of(locale).name(org.recits.api.model.Period.parse(period));
    }

    boolean done() {
        return run != null;
    }

    Production finished(CommandRun result) {
        return new Production(out, period, started, result, step);
    }

    /** The engine's progress channel for this report: the latest step is kept for the page. */
    Progress progress() {
        return (what, done, total) -> step.set(new Step(what, done, total));
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
