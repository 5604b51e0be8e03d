package org.recits.engine.internal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.recits.api.data.Dataset;
import org.recits.api.data.Finding;
import org.recits.api.data.SourceFile;
import org.recits.api.report.PluginFailure;
import org.recits.api.report.Progress;
import org.recits.api.text.Messages;
import org.recits.engine.internal.Plugins;
import org.recits.engine.internal.pipeline.DataFolderReader;
import org.recits.engine.internal.pipeline.SourceChoices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code recits check --data DIR}: reads the files, says what each was recognised as ({@link FileLines}), and
 * lists every finding, grouped by file.
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false)
final class CheckCommand extends CliCommand {

    @Option(names = "--data", paramLabel = "DOSSIER", required = true, descriptionKey = "opt.data")
    Path data;

    @Option(names = "--strict", descriptionKey = "opt.strict")
    boolean strict;

    @Option(names = "--source", paramLabel = "TABLE=FICHIER", descriptionKey = "opt.source")
    List<String> sources = new java.util.ArrayList<>();

    @Mixin
    LangOption lang;

    CheckCommand(CliContext ctx, Messages messages) {
        super(ctx, messages);
    }

    @Override
    public Integer call() throws Exception {
        Plugins plugins = ctx.plugins().get();
        Progress progress = TerminalProgress.forContext(ctx);
        DataFolderReader.Result read = new DataFolderReader(plugins.ingestors(), messages, progress)
                .read(data, null, SourceChoices.parse(sources, messages));
        TerminalProgress.clear(progress);
        Dataset dataset = read.dataset();
        PrintWriter out = ctx.out();
        FileLines.print(out, messages, dataset, read.files());
        out.println();
        printFindings(out, messages, dataset);
        long rejected = dataset.rejectedCount();
        if (read.unusable() == null) {
            out.println(summary(messages, dataset));
        }
        List<PluginFailure> failures = PluginTrouble.atLoad(ctx, plugins, messages);
        failures.addAll(read.failures());
        PluginTrouble.print(ctx.err(), messages, failures);
        Integer refused = FolderGuard.refusal(ctx, messages, read);
        if (refused != null) {
            return refused;
        }
        if (strict && rejected > 0) {
            ctx.err().println(strictFailed(messages, dataset));
            return RecitsCli.REJECTED;
        }
        return failures.isEmpty() ? RecitsCli.OK : RecitsCli.PLUGIN_FAILED;
    }

    /** The closing line: rows, answers and findings are different things, each counted and named apart. */
    static String summary(Messages words, Dataset dataset) {
        long rejected = dataset.rejectedCount();
        return words.get("check.summary", sum(dataset, SourceFile::rowsRead), sum(dataset, SourceFile::rowsKept),
                sum(dataset, SourceFile::rowsRejected), sum(dataset, SourceFile::answersRejected), rejected,
                dataset.findings().size() - rejected);
    }

    /** A count over every file read. */
    static long sum(Dataset dataset, java.util.function.ToLongFunction<SourceFile> count) {
        return dataset.sources().stream().mapToLong(count).sum();
    }

    /** Why {@code --strict} stops: the rejection findings, and the rows and answers they dropped. */
    static String strictFailed(Messages words, Dataset dataset) {
        return words.get("strict.failed", dataset.rejectedCount(), sum(dataset, SourceFile::rowsRejected),
                sum(dataset, SourceFile::answersRejected));
    }

    /** Findings grouped by file, in line order, in the words of the chosen language. */
    static void printFindings(PrintWriter out, Messages words, Dataset dataset) {
        Map<String, List<Finding>> byFile = dataset.findings().stream()
                .collect(Collectors.groupingBy(Finding::file, TreeMap::new, Collectors.toList()));
        byFile.forEach((file, findings) -> {
            long rejected = findings.stream().filter(f -> f.severity() == Finding.Severity.REJECTED).count();
            out.println(words.get("check.group", file, rejected, findings.size() - rejected));
            for (Finding f : findings) {
                StringBuilder where = new StringBuilder("  ");
                where.append(f.severity() == Finding.Severity.REJECTED ? words.get("check.rejected")
                        : words.get("check.warning"));
                if (f.line() > 0) {
                    where.append(' ').append(words.get("check.line", f.line()));
                }
                if (f.column() != null) {
                    where.append(", ").append(words.get("check.column", f.column()));
                }
                if (f.value() != null) {
                    where.append(", ").append(words.get("check.value", f.value()));
                }
                where.append(words.get("check.separator")).append(f.reason().in(words.locale()));
                out.println(where);
            }
        });
    }
}
