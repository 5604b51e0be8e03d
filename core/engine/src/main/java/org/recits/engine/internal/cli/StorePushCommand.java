package org.recits.engine.internal.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.recits.api.data.Dataset;
import org.recits.api.data.SourceFile;
import org.recits.api.report.PluginFailure;
import org.recits.api.report.Progress;
import org.recits.api.store.Push;
import org.recits.api.store.PushedFile;
import org.recits.api.text.Messages;
import org.recits.engine.internal.Plugins;
import org.recits.engine.internal.pipeline.DataFolderReader;
import org.recits.engine.internal.pipeline.Recognition;
import org.recits.engine.internal.pipeline.SourceChoices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code recits store push --data DIR --lab NOM}: checks the folder as {@code check} does, then loads every file
 * offered to the readers into the store for the lab, all or nothing. Refused, with nothing pushed, where
 * {@code check} stops: nothing readable, a table from two files, a reader that failed, a rejected row under
 * {@code --strict}.
 */
@Command(name = "push", mixinStandardHelpOptions = true, sortOptions = false)
final class StorePushCommand extends CliCommand {

    @Option(names = "--data", paramLabel = "DOSSIER", required = true, descriptionKey = "opt.data")
    Path data;

    @Option(names = "--lab", paramLabel = "NOM", required = true, descriptionKey = "opt.lab")
    String lab;

    @Option(names = "--strict", descriptionKey = "opt.strict")
    boolean strict;

    @Option(names = "--source", paramLabel = "TABLE=FICHIER", descriptionKey = "opt.source")
    List<String> sources = new ArrayList<>();

    @Mixin
    StoreOption store;

    @Mixin
    LangOption lang;

    StorePushCommand(CliContext ctx, Messages messages) {
        super(ctx, messages);
    }

    @Override
    public Integer call() throws Exception {
        StoreOption.checkLabs(messages, List.of(lab));
        Plugins plugins = ctx.plugins().get();
        Progress progress = TerminalProgress.forContext(ctx);
        DataFolderReader.Result read = new DataFolderReader(plugins.ingestors(), messages, progress)
                .read(data, null, SourceChoices.parse(sources, messages));
        TerminalProgress.clear(progress);
        Dataset dataset = read.dataset();
        CheckCommand.printFindings(ctx.out(), messages, dataset);
        List<PluginFailure> failures = PluginTrouble.atLoad(ctx, plugins, messages);
        failures.addAll(read.failures());
        Integer refused = FolderGuard.refusal(ctx, messages, read);
        if (refused != null) {
            return refused;
        }
        if (!failures.isEmpty()) {
            // a folder a reader could not check is not pushed: the store would hold what no one checked
            PluginTrouble.print(ctx.err(), messages, failures);
            ctx.err().println(messages.get("error.prefix") + " " + messages.get("push.pluginFailed"));
            return RecitsCli.PLUGIN_FAILED;
        }
        if (strict && dataset.rejectedCount() > 0) {
            ctx.err().println(CheckCommand.strictFailed(messages, dataset));
            return RecitsCli.REJECTED;
        }
        List<PushedFile> files = files(read, dataset);
        return store.with(ctx, messages, session -> {
            Push push = session.push(lab, files, ctx.version());
            ctx.out().println(messages.get("push.done", lab, push.added(), push.replaced(), push.unchanged(),
                    push.id(), CheckCommand.sum(dataset, SourceFile::rowsKept),
                    CheckCommand.sum(dataset, SourceFile::rowsRejected)));
            return RecitsCli.OK;
        });
    }

    /** Every file offered to the readers, read or not: the store gives the engine back the folder it checked. */
    private List<PushedFile> files(DataFolderReader.Result read, Dataset dataset) throws IOException {
        Path root = data.toRealPath();
        Map<String, SourceFile> sources = dataset.sources().stream()
                .collect(Collectors.toMap(SourceFile::name, Function.identity(), (a, b) -> a));
        List<PushedFile> out = new ArrayList<>();
        for (Recognition r : read.files()) {
            Path path = root.resolve(r.file());
            SourceFile source = sources.get(r.file());
            String sha = source != null ? source.sha256() : DataFolderReader.sha256(path);
            out.add(new PushedFile(r.file(), path, sha, source == null ? "" : source.ingestor(),
                    source == null ? 0 : source.rowsKept(), source == null ? 0 : source.rowsRejected()));
        }
        return out;
    }
}
