package org.recits.engine.internal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.recits.api.data.Dataset;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;
import org.recits.api.report.PluginFailure;
import org.recits.api.report.Progress;
import org.recits.api.run.FolderCheck;
import org.recits.api.text.Messages;
import org.recits.engine.internal.EngineTexts;
import org.recits.engine.internal.Plugins;
import org.recits.engine.internal.pipeline.DataFolderReader;
import org.recits.engine.internal.pipeline.SourceChoices;

/**
 * {@code recits check} for a caller in the framework (the {@link org.recits.api.run.Engine} service): the same
 * reading and the same lines as {@link CheckCommand}, returned instead of printed.
 */
public final class FolderChecks {

    private FolderChecks() {
    }

    public static FolderCheck check(CliContext ctx, Path folder, Locale locale) throws IOException {
        Messages words = EngineTexts.of(locale);
        Plugins plugins = ctx.plugins().get();
        DataFolderReader.Result read = new DataFolderReader(plugins.ingestors(), words, Progress.NONE)
                .read(folder, null, SourceChoices.none());
        Dataset dataset = read.dataset();
        StringWriter files = new StringWriter();
        try (PrintWriter out = new PrintWriter(files)) {
            FileLines.print(out, words, dataset, read.files());
        }
        String refusal = null;
        if (read.unusable() != null) {
            refusal = read.unusable();
        } else if (read.collisions() > 0) {
            refusal = words.get("error.collisions", read.collisions());
        }
        List<PluginFailure> failures = PluginTrouble.atLoad(ctx, plugins, words);
        failures.addAll(read.failures());
        List<String> problems = new ArrayList<>();
        for (PluginFailure f : failures) {
            problems.add(words.get("plugin.failed", f.plugin(), words.get("stage." + f.stage()), f.message()));
        }
        return new FolderCheck(files.toString().lines().toList(), dataset.findings(),
                refusal == null ? CheckCommand.summary(words, dataset) : "", refusal, problems, quarters(dataset));
    }

    /** The quarters of the counted sessions, oldest first: those {@code report} finds something in. */
    static List<Period> quarters(Dataset dataset) {
        TreeSet<LocalDate> starts = new TreeSet<>();
        for (Session s : dataset.sessions(Scope.programme())) {
            if (s.isCounted()) {
                starts.add(Period.quarterOf(s.dateDebut()).start());
            }
        }
        return starts.stream().map(Period::quarterOf).toList();
    }
}
