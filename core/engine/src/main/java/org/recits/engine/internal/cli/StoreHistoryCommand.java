package org.recits.engine.internal.cli;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.recits.api.store.HistoryEntry;
import org.recits.api.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code recits store history [--lab NOM]}: the pushes and the reports, oldest first, each with its files and
 * hashes; a report's options, inputs, outputs and plugins, to make it again byte for byte.
 */
@Command(name = "history", mixinStandardHelpOptions = true, sortOptions = false)
final class StoreHistoryCommand extends CliCommand {

    /** Times in UTC, to the second: the same line wherever the history is read. */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Option(names = "--lab", paramLabel = "NOM", descriptionKey = "opt.historyLab")
    String lab;

    @Mixin
    StoreOption store;

    @Mixin
    LangOption lang;

    StoreHistoryCommand(CliContext ctx, Messages messages) {
        super(ctx, messages);
    }

    @Override
    public Integer call() throws Exception {
        if (lab != null) {
            StoreOption.checkLabs(messages, List.of(lab));
        }
        return store.with(ctx, messages, session -> {
            var entries = session.history(lab);
            if (entries.isEmpty()) {
                ctx.out().println(messages.get("history.empty"));
            }
            for (HistoryEntry e : entries) {
                ctx.out().println(messages.get(e.kind() == HistoryEntry.Kind.PUSH ? "history.push" : "history.report",
                        e.id(), WHEN.format(e.at()), e.who(), String.join(", ", e.labs()),
                        e.summary().in(messages.locale())));
                e.details().forEach(d -> ctx.out().println("  " + d));
            }
            return RecitsCli.OK;
        });
    }
}
