package org.recits.engine.internal.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.recits.api.ingest.Ingestor;
import org.recits.api.text.Messages;
import org.recits.engine.internal.Registered;
import org.recits.engine.internal.pipeline.OutputSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code recits init DOSSIER}: the ready-to-fill kit of the installed readers (templates, examples,
 * instructions), so that a lab can prepare its files without help. Every reader writes in one private folder;
 * then, only if none of the kit's files exists yet, they are moved into place: the kit is written whole or
 * not at all, and never over a lab's file.
 */
@Command(name = "init", mixinStandardHelpOptions = true, sortOptions = false)
final class InitCommand extends CliCommand {

    @Parameters(paramLabel = "DOSSIER", descriptionKey = "param.initFolder")
    Path folder;

    @Option(names = "--verbose", descriptionKey = "opt.verbose")
    boolean verbose;

    @Mixin
    LangOption lang;

    InitCommand(CliContext ctx, Messages messages) {
        super(ctx, messages);
    }

    @Override
    public Integer call() throws IOException {
        Files.createDirectories(folder);
        // Inside the target so the final moves stay on one file system and can be atomic.
        Path staging = Files.createTempDirectory(folder, ".recits-tmp-");
        try {
            List<Path> written = new ArrayList<>();
            for (Registered<Ingestor> r : ctx.plugins().get().ingestors()) {
                written.addAll(r.service().writeKit(staging, messages.locale()));
            }
            if (written.isEmpty()) {
                ctx.err().println(messages.get("error.prefix") + " " + messages.get("init.nothing"));
                return RecitsCli.ERROR;
            }
            List<String> existing = written.stream().filter(p -> Files.exists(folder.resolve(p.toString())))
                    .map(p -> folder.resolve(p.toString()).toString()).toList();
            if (!existing.isEmpty()) {
                ctx.err().println(messages.get("error.prefix") + " "
                        + messages.get("init.exists", existing.size(), String.join(", ", existing), folder));
                return RecitsCli.USAGE;
            }
            for (Path p : written) {
                Path target = folder.resolve(p.toString());
                Files.createDirectories(target.getParent());
                move(staging.resolve(p.toString()), target);
            }
            if (verbose) {
                written.forEach(p -> ctx.out().println("  " + folder.resolve(p.toString())));
            }
            ctx.out().println(messages.get("init.done", written.size(), folder));
            return RecitsCli.OK;
        } finally {
            OutputSet.deleteTree(staging);
        }
    }

    /** Atomic where the file system allows; the check above made sure no file is there. */
    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
