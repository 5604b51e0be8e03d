package org.recits.engine.internal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.recits.api.data.Dataset;
import org.recits.api.data.Pseudonyms;
import org.recits.api.data.SourceFile;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;
import org.recits.api.report.PluginFailure;
import org.recits.api.report.Progress;
import org.recits.api.report.Report;
import org.recits.api.text.Messages;
import org.recits.engine.internal.EngineTexts;
import org.recits.engine.internal.Plugins;
import org.recits.engine.internal.pipeline.DataFolderException;
import org.recits.engine.internal.pipeline.DataFolderReader;
import org.recits.engine.internal.pipeline.DataUpTo;
import org.recits.engine.internal.pipeline.OutputWriter;
import org.recits.engine.internal.pipeline.LabLevel;
import org.recits.engine.internal.pipeline.ReportAssembler;
import org.recits.engine.internal.pipeline.SourceChoices;

/** One report, from a data folder to the output folder: what {@code report} and {@code demo} share. */
final class ReportRun {

    private ReportRun() {
    }

    /**
     * What a finished report wrote, for whoever keeps its history (the programme store).
     *
     * @param period  the period reported
     * @param written the files written, relative to the output folder
     * @param plugins the plugins of the run
     */
    record Written(Period period, List<Path> written, Plugins plugins) {
    }

    static int run(CliContext ctx, Messages messages, Locale locale, Path data, Path outDir, ReportOptions o)
            throws IOException {
        return run(ctx, messages, locale, data, outDir, o, done -> { });
    }

    static int run(CliContext ctx, Messages messages, Locale locale, Path data, Path outDir, ReportOptions o,
            java.util.function.Consumer<Written> done) throws IOException {
        return run(ctx, messages, locale, data, outDir, o, null, done);
    }

    /**
     * @param fallback the pseudonyms when {@code --cle-pseudonymes} is not given: null for the lab's key (from
     *                 the environment or the user's folder, made on first use), {@link Pseudonyms#EXAMPLE} for
     *                 the sample programme
     * @param done     told what the finished report wrote
     */
    static int run(CliContext ctx, Messages messages, Locale locale, Path data, Path outDir, ReportOptions o,
            Pseudonyms fallback, java.util.function.Consumer<Written> done) throws IOException {
        if (o.threshold < 1) {
            throw new RecitsCli.UsageException(messages.get("error.threshold", o.threshold));
        }
        LocalDate date = parseDate(messages, o.date);
        java.util.Set<String> formats = parseFormats(messages, o.formats);
        Period requested = o.period == null ? null : parsePeriod(messages, o.period);
        Messages words = EngineTexts.of(locale);
        // Before the key: a mistyped --data must not leave a new key file (and its notice) behind it.
        if (!java.nio.file.Files.isDirectory(data)) {
            throw new DataFolderException(words.get("error.dataFolder", data));
        }
        Pseudonyms pseudonyms = fallback != null && o.pseudonymKey == null ? fallback : labKey(ctx, messages, o);
        Plugins plugins = ctx.plugins().get();
        Progress progress = TerminalProgress.forContext(ctx);
        DataFolderReader.Result read = new DataFolderReader(plugins.ingestors(), words, progress)
                .read(data, outDir, SourceChoices.parse(o.sources, words), pseudonyms);
        Dataset dataset = read.dataset();
        if (read.unusable() != null || read.collisions() > 0) {
            TerminalProgress.clear(progress);
            CheckCommand.printFindings(ctx.err(), words, dataset);
            PluginTrouble.print(ctx.err(), words, PluginTrouble.atLoad(ctx, plugins, words));
            return FolderGuard.refusal(ctx, words, read);
        }
        Period period = requested != null ? requested : latestQuarter(dataset);
        PrintWriter out = ctx.out();
        if (period == null) {
            TerminalProgress.clear(progress);
            throw new RecitsCli.UsageException(messages.get("error.noPeriod"));
        }
        if (DataUpTo.of(dataset, period) == null) {
            // nothing dated by the period's end: its figures could only come from undated rows
            ctx.err().println(messages.get("report.beforeData", period.label(locale)));
        }
        long rejected = dataset.rejectedCount();
        // Plugins that could not take part are listed with the others in the report's provenance.
        List<PluginFailure> earlier = PluginTrouble.notLoaded(ctx, words);
        earlier.addAll(read.failures());
        if (o.strict && rejected > 0) {
            TerminalProgress.clear(progress);
            CheckCommand.printFindings(ctx.err(), words, dataset);
            earlier.addAll(plugins.failures(words));
            PluginTrouble.print(ctx.err(), words, earlier);
            ctx.err().println(CheckCommand.strictFailed(messages, dataset));
            return RecitsCli.REJECTED;
        }
        LabLevel labs = o.labs.size() > 1 ? LabLevel.of(dataset, o.labs, words) : null;
        Report report = new ReportAssembler(words, progress)
                .assemble(dataset, labs, plugins, period, locale, date, o.threshold, earlier, read.identity());
        OutputWriter.Result written = new OutputWriter(words, progress).write(report, plugins.renderers(), outDir,
                formats);
        TerminalProgress.clear(progress);
        done.accept(new Written(period, written.written(), plugins));
        if (written.recovered()) {
            ctx.err().println(messages.get("output.recovered", outDir));
        }

        // The written files (some 70 with the charts) only when asked: the summary stays the last line.
        out.println(messages.get("report.done", period.label(locale), outDir, written.written().size(),
                o.verbose ? 1 : 0));
        if (o.verbose) {
            for (Path p : written.written()) {
                out.println("  " + outDir.resolve(p));
            }
        }
        out.println(messages.get("report.summary", dataset.sources().size(),
                CheckCommand.sum(dataset, SourceFile::rowsKept), CheckCommand.sum(dataset, SourceFile::rowsRejected),
                report.results().size(), CheckCommand.sum(dataset, SourceFile::answersRejected),
                dataset.findings().isEmpty() ? 0 : 1));
        // A plugin that failed or took no part (built against another API…): the report is written
        // without it, but it is not the report that was asked for.
        List<PluginFailure> failures = new ArrayList<>(report.failures());
        failures.addAll(written.failures());
        return PluginTrouble.exitCode(ctx.err(), words, failures, RecitsCli.OK);
    }

    /** The lab's key, read or made; a key made now is said, with where it lies and that it must be kept. */
    private static Pseudonyms labKey(CliContext ctx, Messages messages, ReportOptions o) {
        PseudonymKey.Loaded key = PseudonymKey.forRun(o.pseudonymKey, messages);
        if (key.created()) {
            ctx.err().println(messages.get("key.created", key.file()));
        }
        return key.pseudonyms();
    }

    /** Without {@code --period}: the quarter of the latest counted session in the data. */
    static Period latestQuarter(Dataset data) {
        return data.sessions(Scope.programme()).stream()
                .filter(Session::isCounted)
                .map(Session::dateDebut)
                .max(LocalDate::compareTo)
                .map(Period::quarterOf)
                .orElse(null);
    }

    /** The years a report's period may fall in: year 0000 and the like are typing errors, not periods. */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;

    static Period parsePeriod(Messages messages, String text) {
        Period p;
        try {
            p = Period.parse(text);
        } catch (Period.Reversed e) {
            throw new RecitsCli.UsageException(messages.get("error.periodReversed", text, e.end(), e.start()));
        } catch (IllegalArgumentException e) {
            throw new RecitsCli.UsageException(messages.get("error.period", text));
        }
        if (p.start().getYear() < FIRST_YEAR || p.end().getYear() > LAST_YEAR) {
            throw new RecitsCli.UsageException(messages.get("error.periodYears", text, FIRST_YEAR, LAST_YEAR));
        }
        return p;
    }

    /** Extra output formats the shipped renderers know; an unknown one is a usage error, not a silent no-op. */
    static final java.util.Set<String> EXTRA_FORMATS = java.util.Set.of("csv");

    static java.util.Set<String> parseFormats(Messages messages, List<String> asked) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (String f : asked) {
            String format = f.strip().toLowerCase(Locale.ROOT);
            if (!EXTRA_FORMATS.contains(format)) {
                throw new RecitsCli.UsageException(messages.get("error.format", f, String.join(", ", EXTRA_FORMATS)));
            }
            out.add(format);
        }
        return out;
    }

    static LocalDate parseDate(Messages messages, String text) {
        if (text == null) {
            return null;
        }
        for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("dd/MM/uuuu"))) {
            try {
                return LocalDate.parse(text.strip(), f);
            } catch (DateTimeParseException e) {
                // try the next notation
            }
        }
        throw new RecitsCli.UsageException(messages.get("error.date", text));
    }
}
