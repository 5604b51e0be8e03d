package org.recits.engine.internal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.recits.api.ingest.MappingDraft;
import org.recits.api.ingest.MappingDrafter;
import org.recits.api.text.Messages;
import org.recits.engine.internal.EngineTexts;
import org.recits.engine.internal.Plugins;
import org.recits.engine.internal.Registered;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code recits mapping EXPORT [--out FICHIER]}: says which tool and layout a survey export was recognised as,
 * lists its columns, and writes a draft of its mapping file, never over an existing one.
 */
@Command(name = "mapping", mixinStandardHelpOptions = true, sortOptions = false)
final class MappingCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "EXPORT", descriptionKey = "opt.export")
    Path export;

    @Option(names = "--out", paramLabel = "FICHIER", descriptionKey = "opt.mappingOut")
    Path out;

    @Mixin
    LangOption lang;

    private final CliContext ctx;

    MappingCommand(CliContext ctx, Messages messages) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws Exception {
        Messages words = EngineTexts.of(lang.lang.locale());
        if (!Files.isRegularFile(export)) {
            throw new RecitsCli.UsageException(words.get("mapping.noExport", export));
        }
        Plugins plugins = ctx.plugins().get();
        MappingDraft draft = null;
        for (Registered<MappingDrafter> d : plugins.drafters()) {
            Optional<MappingDraft> made = d.service().draft(export, words.locale());
            if (made.isPresent()) {
                draft = made.get();
                break;
            }
        }
        if (draft == null) {
            throw new RecitsCli.UsageException(words.get("mapping.unknown", export, plugins.drafters().size()));
        }
        Path target = out != null ? out : export.toAbsolutePath().resolveSibling(draft.fileName());
        if (Files.exists(target)) {
            throw new RecitsCli.UsageException(words.get("mapping.exists", target));
        }
        PrintWriter o = ctx.out();
        o.println(words.get("mapping.recognised", draft.recognised()));
        draft.questions().forEach(q -> o.println("  " + q));
        try {
            Files.writeString(target, draft.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new RecitsCli.UsageException(words.get("mapping.exists", target)); // made meanwhile: still kept
        } catch (IOException e) {
            throw new IOException(words.get("mapping.unwritable", target, e.getMessage()), e);
        }
        o.println();
        o.println(words.get("mapping.written", target, draft.fileName()));
        return RecitsCli.OK;
    }
}
