package org.recits.engine.internal.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.recits.api.indicator.Indicator;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.engine.internal.Messages;
import org.recits.engine.internal.Registered;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code recits indicators}: every indicator the installed plugins provide, with its definition. */
@Command(name = "indicators", mixinStandardHelpOptions = true, sortOptions = false)
final class IndicatorsCommand implements Callable<Integer> {

    @Mixin
    LangOption lang;

    private final CliContext ctx;
    private final Messages messages;

    IndicatorsCommand(CliContext ctx, Messages messages) {
        this.ctx = ctx;
        this.messages = messages;
    }

    @Override
    public Integer call() {
        Locale locale = lang.lang.locale();
        PrintWriter out = ctx.out();
        var plugins = ctx.plugins().get();
        for (Registered<Indicator> r : plugins.indicators()) {
            IndicatorDefinition d = r.service().definition();
            out.printf("%-28s %-14s %s%n", d.code(), d.family().label().in(locale), d.label().in(locale));
            out.printf("%-28s %s %s ; %s %s%n", "", messages.get("indicators.unit"), d.unit().label().in(locale),
                    messages.get("indicators.target"), d.target().text().in(locale));
            out.printf("%-28s %s%n", "", d.formula().in(locale));
        }
        out.println(messages.get("indicators.count", plugins.indicators().size()));
        plugins.failures().forEach(f ->
                ctx.err().println(messages.get("plugin.failed", f.plugin(), f.stage(), f.message())));
        return plugins.failures().isEmpty() ? RecitsCli.OK : RecitsCli.PLUGIN_FAILED;
    }
}
