package org.recits.engine.internal.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.recits.api.text.Messages;
import org.recits.engine.internal.EngineTexts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code recits report --data DIR --period 2020-T1 --out DIR}. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false)
final class ReportCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DOSSIER", required = true, descriptionKey = "opt.data")
    Path data;

    @Mixin
    ReportOptions options;

    @Mixin
    LangOption lang;

    private final CliContext ctx;
    private final Messages messages;

    ReportCommand(CliContext ctx, Messages messages) {
        this.ctx = ctx;
        this.messages = messages;
    }

    @Override
    public Integer call() throws Exception {
        return ReportRun.run(ctx, messages, messages.locale(), data, options.outOr("out"), options);
    }
}
