package org.recits.engine.internal.cli;

import java.nio.file.Path;
import org.recits.api.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code recits report --data DIR --period 2020-T1 --out DIR}, or from the programme store:
 * {@code recits report --db URL [--lab NOM…] --period 2020-T1 --out DIR} ({@link StoreReport}).
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false)
final class ReportCommand extends CliCommand {

    @Option(names = "--data", paramLabel = "DOSSIER", descriptionKey = "opt.data")
    Path data;

    @Option(names = "--lab", paramLabel = "NOM", descriptionKey = "opt.reportLab")
    java.util.List<String> labs = new java.util.ArrayList<>();

    @Mixin
    StoreOption store;

    @Option(names = {"--again", "--refaire"}, paramLabel = "N", descriptionKey = "opt.again")
    Long again;

    @Mixin
    ReportOptions options;

    @Mixin
    LangOption lang;

    ReportCommand(CliContext ctx, Messages messages) {
        super(ctx, messages);
    }

    @Override
    public Integer call() throws Exception {
        if (data != null && (store.db != null || !labs.isEmpty() || again != null)) {
            throw new RecitsCli.UsageException(messages.get("error.dataAndStore"));
        }
        if (data == null) {
            if (again != null) {
                if (!labs.isEmpty() || options.period != null || options.date != null || !options.formats.isEmpty()
                        || !options.sources.isEmpty()) {
                    throw new RecitsCli.UsageException(messages.get("error.againAlone"));
                }
                return new StoreReport(ctx, messages, store, labs, options).again(again);
            }
            return new StoreReport(ctx, messages, store, labs, options).run();
        }
        return ReportRun.run(ctx, messages, messages.locale(), data, options.outOr("out"), options);
    }
}
