package org.recits.engine.internal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.recits.api.data.Pseudonyms;
import org.recits.api.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code recits demo}: the full report on the sample programme shipped with the product. */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false)
final class DemoCommand extends CliCommand {

    @Mixin
    ReportOptions options;

    @Mixin
    LangOption lang;

    DemoCommand(CliContext ctx, Messages messages) {
        super(ctx, messages);
    }

    @Override
    public Integer call() throws Exception {
        Path data = ctx.home() == null ? null : ctx.home().resolve("demo");
        if (data == null || !Files.isDirectory(data)) {
            ctx.err().println(messages.get("error.prefix") + " " + messages.get("error.noDemo", data));
            return RecitsCli.ERROR;
        }
        return ReportRun.run(ctx, messages, messages.locale(), data, options.outOr("recits-demo"), options,
                Pseudonyms.EXAMPLE, done -> { }); // fictional people: the published key keeps the demo's bytes the same everywhere
    }
}
