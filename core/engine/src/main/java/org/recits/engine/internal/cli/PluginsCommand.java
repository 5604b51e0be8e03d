package org.recits.engine.internal.cli;

import java.io.PrintWriter;
import java.util.List;
import org.recits.api.report.PluginInfo;
import org.recits.api.text.Messages;
import org.recits.engine.internal.EngineTexts;
import org.recits.engine.internal.Plugins;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code recits plugins}: the ingestors, indicators and renderers found, and the bundles that do not run. */
@Command(name = "plugins", mixinStandardHelpOptions = true, sortOptions = false)
final class PluginsCommand extends CliCommand {

    @Mixin
    LangOption lang;

    PluginsCommand(CliContext ctx, Messages messages) {
        super(ctx, messages);
    }

    @Override
    public Integer call() {
        PrintWriter out = ctx.out();
        Plugins plugins = ctx.plugins().get();
        for (String kind : List.of("ingestor", "indicator", "renderer")) {
            List<PluginInfo> infos = plugins.infos().stream().filter(i -> i.kind().equals(kind)).toList();
            out.println(messages.get("plugins." + kind, infos.size()));
            for (PluginInfo i : infos) {
                out.printf("  %-30s %s %s%n", i.id(), i.bundle(), i.version());
            }
        }
        out.flush();
        return PluginTrouble.exitCode(ctx.err(), messages, PluginTrouble.atLoad(ctx, plugins, messages), RecitsCli.OK);
    }
}
