package org.recits.engine.internal.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.recits.api.data.Dataset;
import org.recits.api.data.Finding;
import org.recits.api.data.Pseudonyms;
import org.recits.api.data.SourceFile;
import org.recits.api.ingest.Ingestor;
import org.recits.api.ingest.InputFile;
import org.recits.api.ingest.Reading;
import org.recits.api.model.LocalizedText;
import org.recits.api.report.PluginFailure;
import org.recits.api.report.ReportIdentity;
import org.recits.api.report.Progress;
import org.recits.engine.internal.Failures;
import org.recits.api.text.Messages;
import org.recits.engine.internal.EngineTexts;
import org.recits.engine.internal.Registered;

/**
 * Offers every file of a data folder to the ingestors, then lets them check across files.
 *
 * <p>Files are visited in path order so that the dataset, and so the outputs, do not depend on the
 * file system's listing order. A file that looks like data and that no ingestor accepts is a rejected
 * finding, never silently ignored.
 */
public final class DataFolderReader {

    private final List<Registered<Ingestor>> ingestors;
    private final Messages messages;
    private final Progress progress;

    public DataFolderReader(List<Registered<Ingestor>> ingestors, Messages messages, Progress progress) {
        this.ingestors = ingestors;
        this.messages = messages;
        this.progress = progress;
    }

    /**
     * The dataset read from the folder, and the ingestors that failed.
     *
     * @param dataset    what was read, with a finding for each file set aside and each colliding source
     * @param failures   ingestors that failed
     * @param unusable   why the folder holds nothing to report on (exit 2), or null
     * @param collisions how many tables come from several files of one folder or hold one collectivité in two folders, unsettled (exit 3)
     * @param files      what was recognised in each file offered to the ingestors, or why none read it, in path order
     * @param identity   who the report is from, as the folder's {@code rapport.properties} says
     */
    public record Result(Dataset dataset, List<PluginFailure> failures, String unusable, int collisions,
            List<Recognition> files, ReportIdentity identity) {
        public Result(Dataset dataset, List<PluginFailure> failures) {
            this(dataset, failures, null, 0, List.of(), ReportIdentity.NONE);
        }
    }

    public Result read(Path folder) throws IOException {
        return read(folder, null, SourceChoices.none());
    }

    /**
     * Reads the folder.
     *
     * @param folder  the data folder
     * @param outDir  this run's output folder, never read back; null for none
     * @param choices which file to keep for a table found in several
     * @throws DataFolderException when the folder does not exist or a choice names nothing there
     */
    public Result read(Path folder, Path outDir, SourceChoices choices) throws IOException {
        return read(folder, outDir, choices, Pseudonyms.EXAMPLE);
    }

    /**
     * Reads the folder, people's ids that look personal replaced under the lab's key.
     *
     * @param folder     the data folder
     * @param outDir     this run's output folder, never read back; null for none
     * @param choices    which file to keep for a table found in several
     * @param pseudonyms the lab's ({@code check} writes nothing, and reads with {@link Pseudonyms#EXAMPLE})
     * @throws DataFolderException when the folder does not exist or a choice names nothing there
     */
    public Result read(Path folder, Path outDir, SourceChoices choices, Pseudonyms pseudonyms) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new DataFolderException(messages.get("error.dataFolder", folder));
        }
        FolderInventory inventory = FolderInventory.of(folder, outDir);
        List<Path> files = inventory.files();
        Dataset.Builder files0 = Dataset.builder().pseudonyms(pseudonyms);
        inventory.skipped().forEach(skipped -> files0.finding(skipped.finding()));
        List<PluginFailure> failures = new ArrayList<>();
        List<Recognition> recognised = new ArrayList<>();
        int done = 0;
        // The files' fingerprints are taken on another thread while the ingestors parse: hashing a
        // consolidated programme's 600 MB then costs no wall time.
        ExecutorService hasher = Workers.pool("recits-sha256", 1);
        try {
            Map<Path, Future<String>> hashes = new HashMap<>();
            for (Path file : files) {
                hashes.put(file, hasher.submit(() -> sha256(file)));
            }
            for (Path file : files) {
                String name = inventory.name(file);
                progress.update(messages.get("progress.reading", name), done++, files.size());
                recognised.add(readOne(file, name, hashes.get(file), files0, failures));
            }
        } finally {
            hasher.shutdownNow();
        }
        // what was left aside is listed among the files, in path order, so that check says it was not read
        inventory.skipped().forEach(skipped -> recognised.add(Recognition.ignored(skipped.name(), skipped.ignored())));
        progress.update(messages.get("progress.checking"), files.size(), files.size());
        Set<String> identityFiles = new java.util.TreeSet<>();
        ReportIdentity identity = ReportProperties.read(inventory.root(), files0, identityFiles);
        // rapport.properties and its logo are read by the engine, not by an ingestor: check says so
        recognised.replaceAll(r -> identityFiles.contains(r.file()) && r.reading() == null
                ? Recognition.read(r.file(), new Reading(List.of(), List.of(EngineTexts.BOTH.get(
                        ReportProperties.FILE.equals(r.file()) ? "used.identity" : "used.logo"))))
                : r);
        recognised.sort(java.util.Comparator.comparing(Recognition::file));
        Dataset read = files0.build();
        String unusable = EmptyFolder.explain(messages, folder, inventory, read);
        if (unusable != null) {
            return new Result(read, failures, unusable, 0, recognised, identity);
        }
        SourceChoices.Outcome settled = choices.settle(files0, read);
        Dataset.Builder builder = settled.builder();
        Dataset snapshot = builder == files0 ? read : builder.build();
        for (Registered<Ingestor> r : ingestors) {
            try {
                r.service().crossCheck(builder, snapshot);
            } catch (RuntimeException | LinkageError e) {
                failures.add(new PluginFailure(r.service().id() + " (" + r.provider() + ")", "crossCheck",
                        Failures.describe(e)));
            }
        }
        recountCrossCheckRejections(builder, snapshot);
        return new Result(builder.build(), failures, null, settled.unresolved(), recognised, identity);
    }

    /**
     * Moves the rows that the cross-file checks dropped from "kept" to "rejected" in their files' counts
     * ({@link CrossCheckCounts}).
     */
    static void recountCrossCheckRejections(Dataset.Builder builder, Dataset before) {
        CrossCheckCounts.recount(builder, before);
    }

    private Recognition readOne(Path file, String name, Future<String> hash, Dataset.Builder builder,
            List<PluginFailure> failures) throws IOException {
        InputFile input = InputFile.of(file, name);
        Registered<Ingestor> reader = null;
        for (Registered<Ingestor> r : ingestors) {
            try {
                if (r.service().accepts(input)) {
                    reader = r;
                    break;
                }
            } catch (RuntimeException | LinkageError e) {
                failures.add(new PluginFailure(r.service().id() + " (" + r.provider() + ")", "accepts",
                        Failures.describe(e)));
            }
        }
        if (reader == null) {
            return unclaimed(input, hash, builder, failures);
        }
        try {
            Reading reading = reader.service().read(input, builder);
            builder.source(new SourceFile(name, Workers.await(hash), reader.service().id(), reader.version(),
                    reading.counts()));
            return Recognition.read(name, reading);
        } catch (IOException e) {
            LocalizedText why = EngineTexts.BOTH.get("finding.unreadable", String.valueOf(e.getMessage()));
            builder.finding(Finding.rejected(name, 0, null, null, why));
            builder.source(new SourceFile(name, Workers.await(hash), reader.service().id(), reader.version(), List.of()));
            return Recognition.ignored(name, why);
        } catch (RuntimeException | LinkageError e) {
            failures.add(new PluginFailure(reader.service().id() + " (" + reader.provider() + ")",
                    "ingest " + name, Failures.describe(e)));
            return Recognition.ignored(name, EngineTexts.BOTH.get("ignored.failed", reader.service().id()));
        }
    }

    /**
     * A file no ingestor accepted: a file that looks like data is a rejected finding, with the name an ingestor
     * expected when one says so; any other file is only listed by {@code check}, with why.
     */
    private Recognition unclaimed(InputFile input, Future<String> hash, Dataset.Builder builder,
            List<PluginFailure> failures) throws IOException {
        String fileName = input.path().getFileName().toString();
        if (!FolderInventory.looksLikeData(fileName)) {
            int dot = fileName.lastIndexOf('.');
            return Recognition.ignored(input.name(), FolderInventory.isNotes(fileName)
                    ? EngineTexts.BOTH.get("ignored.notes")
                    : dot > 0 ? EngineTexts.BOTH.get("ignored.notData", fileName.substring(dot + 1))
                    : EngineTexts.BOTH.get("ignored.noExtension"));
        }
        LocalizedText why = null;
        for (Registered<Ingestor> r : ingestors) {
            try {
                why = r.service().declined(input).orElse(null);
            } catch (RuntimeException | LinkageError e) {
                failures.add(new PluginFailure(r.service().id() + " (" + r.provider() + ")", "declined",
                        Failures.describe(e)));
            }
            if (why != null) {
                break;
            }
        }
        if (why == null) {
            why = EngineTexts.BOTH.get("finding.unclaimed");
        }
        builder.finding(Finding.rejected(input.name(), 0, null, null, why));
        builder.source(new SourceFile(input.name(), Workers.await(hash), "", "", List.of()));
        return Recognition.ignored(input.name(), why);
    }

    /** The SHA-256 of a file, in lower-case hexadecimal, as provenance and the programme store show it. */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
