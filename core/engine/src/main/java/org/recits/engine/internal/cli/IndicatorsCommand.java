package org.recits.engine.internal.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.recits.api.indicator.Indicator;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.ValueFamily;
import org.recits.api.model.LocalizedText;
import org.recits.api.text.Messages;
import org.recits.engine.internal.EngineTexts;
import org.recits.engine.internal.Registered;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code recits indicators}: every indicator the installed plugins provide, with its definition; with
 * {@code --markdown}, the same as the catalogue page kept in {@code docs/indicateurs.md}, so that the
 * documentation is generated from the running definitions and cannot drift from the code.
 */
@Command(name = "indicators", mixinStandardHelpOptions = true, sortOptions = false)
final class IndicatorsCommand extends CliCommand {

    @Mixin
    LangOption lang;

    @Option(names = "--markdown", descriptionKey = "opt.markdown")
    boolean markdown;

    IndicatorsCommand(CliContext ctx, Messages messages) {
        super(ctx, messages);
    }

    @Override
    public Integer call() {
        Locale locale = messages.locale();
        PrintWriter out = ctx.out();
        var plugins = ctx.plugins().get();
        if (markdown) {
            markdown(out, locale, plugins.indicatorsByFamily());
        } else {
            text(out, locale, plugins.indicators());
        }
        out.flush();
        return PluginTrouble.exitCode(ctx.err(), messages, PluginTrouble.atLoad(ctx, plugins, messages), RecitsCli.OK);
    }

    private void text(PrintWriter out, Locale locale, List<Registered<Indicator>> indicators) {
        for (Registered<Indicator> r : indicators) {
            IndicatorDefinition d = r.service().definition();
            out.printf("%-28s %-14s %s%n", d.code(), d.family().label().in(locale), d.label().in(locale));
            out.printf("%-28s %s %s%s%s %s%n", "", messages.get("indicators.unit"), d.unit().label().in(locale),
                    Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "; " : "\u202F; ",
                    messages.get("indicators.target"), d.target().text().in(locale));
            out.printf("%-28s %s%n", "", d.formula().in(locale));
        }
        out.println(messages.get("indicators.count", indicators.size()));
    }

    /** One section per value family, one entry per indicator by code; no version, so a release does not change it. */
    private void markdown(PrintWriter out, Locale locale, List<Registered<Indicator>> sorted) {
        out.print("# " + messages.get("indicators.md.title") + "\n\n");
        out.print(messages.get("indicators.md.generated") + "\n\n");
        out.print(messages.get("indicators.count", sorted.size()) + "\n");
        ValueFamily family = null;
        for (Registered<Indicator> r : sorted) {
            IndicatorDefinition d = r.service().definition();
            if (d.family() != family) {
                family = d.family();
                out.print("\n## " + family.label().in(locale) + "\n");
            }
            out.print("\n### `" + d.code() + "` " + cell(d.label(), locale) + "\n\n");
            out.print(cell(d.description(), locale) + "\n\n");
            out.print("| | |\n|---|---|\n");
            row(out, "indicators.md.formula", cell(d.formula(), locale));
            row(out, "indicators.md.unit", cell(d.unit().label(), locale));
            row(out, "indicators.md.direction", cell(d.direction().label(), locale));
            row(out, "indicators.md.temporality", cell(d.temporality().label(), locale));
            row(out, "indicators.md.aggregation", cell(d.aggregation().label(), locale));
            row(out, "indicators.md.target", cell(d.target().text(), locale));
            row(out, "indicators.md.source", d.source().isEmpty() ? "" : escape(d.sourceText().in(locale)));
            row(out, "indicators.md.plugin", "`" + r.bundle() + "`");
        }
        out.flush();
    }

    private void row(PrintWriter out, String key, String value) {
        out.print("| " + messages.get(key) + " | " + value + " |\n");
    }

    private static String cell(LocalizedText t, Locale locale) {
        return escape(t.in(locale));
    }

    /** Table cells: a pipe would end the cell, a line break the row. */
    private static String escape(String s) {
        return s.replace("|", "\\|").replace("\r", "").replace("\n", " ");
    }
}
