package org.recits.engine.internal.cli;

import java.nio.file.Path;
import org.recits.api.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code recits report --data DIR --period 2020-T1 --out DIR}. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false)
final class ReportCommand extends CliCommand {

    @Option(names = "--data", paramLabel = "DOSSIER", required = true, descriptionKey = "opt.data")
    Path data;

    @Mixin
    ReportOptions options;

    @Mixin
    LangOption lang;

    ReportCommand(CliContext ctx, Messages messages) {
        super(ctx, messages);
    }

    @Override
    public Integer call() throws Exception {
        return ReportRun.run(ctx, messages, messages.locale(), data, options.outOr("out"), options);
    }
}
