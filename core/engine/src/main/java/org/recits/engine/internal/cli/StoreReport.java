package org.recits.engine.internal.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.recits.api.store.ReportRecord;
import org.recits.api.store.StoreException;
import org.recits.api.store.StoreSession;
import org.recits.api.store.StoredFile;
import org.recits.api.text.Messages;
import org.recits.engine.internal.Registered;
import org.recits.engine.internal.pipeline.DataFolderReader;

/**
 * {@code recits report --db URL [--lab NOM…]}: the report of labs held in the programme store. The store gives
 * back the files it was pushed, byte for byte, into a private temporary folder that the usual reader then reads:
 * ingestors, indicators and renderers see exactly the folder that was checked, so the outputs are those of the
 * folder. One lab's files keep their names; several labs' files each go in their lab's folder ({@code lab/…}),
 * as one folder holding every lab's files would, and the report then has a lab level (LabLevel). Every file is fetched before anything is written: a connection
 * lost on the way stops the run with no output. The report is then recorded in the store's history with its
 * inputs, outputs and plugins.
 */
final class StoreReport {

    private final CliContext ctx;
    private final Messages messages;
    private final StoreOption store;
    private final List<String> labs;
    private final ReportOptions options;
    /** The outputs' language: the run's, or the one a report of the history was made in. */
    private Locale locale;

    StoreReport(CliContext ctx, Messages messages, StoreOption store, List<String> labs, ReportOptions options) {
        this.ctx = ctx;
        this.messages = messages;
        this.store = store;
        this.labs = List.copyOf(new LinkedHashSet<>(labs));
        this.options = options;
        this.locale = messages.locale();
    }

    int run() throws IOException {
        return run(null);
    }

    /**
     * Makes a report of the history again, from the very versions of the files it read and with its options, and
     * says whether every output has the bytes it had then; an output that differs is an error (exit 1).
     */
    int again(long id) throws IOException {
        return run(id);
    }

    private int run(Long againId) throws IOException {
        StoreOption.checkLabs(messages, labs);
        return store.with(ctx, messages, session -> fetchAndReport(session, againId));
    }

    /** The files fetched into a private folder, reported, and the report recorded; the folder then goes. */
    private int fetchAndReport(StoreSession session, Long againId) throws StoreException, IOException {
        Path folder = null;
        try {
            ReportRecord again = null;
            if (againId != null) {
                again = session.report(againId).orElseThrow(() -> new RecitsCli.UsageException(
                        messages.get("error.noSuchReport", againId)));
                apply(again.options());
            }
            List<StoredFile> files = again != null ? again.inputs() : session.files(labs);
            Set<String> present = new LinkedHashSet<>();
            files.forEach(f -> present.add(f.lab()));
            for (String lab : labs) {
                if (!present.contains(lab)) {
                    ctx.err().println(messages.get("error.prefix") + " " + messages.get("error.labEmpty", lab));
                    return RecitsCli.USAGE;
                }
            }
            if (files.isEmpty()) {
                ctx.err().println(messages.get("error.prefix") + " " + messages.get("error.storeEmpty"));
                return RecitsCli.USAGE;
            }
            folder = Files.createTempDirectory("recits-store-");
            boolean oneLab = present.size() == 1;
            for (StoredFile f : files) {
                Path target = folder.resolve(oneLab ? f.name() : f.lab() + "/" + f.name()).normalize();
                if (!target.startsWith(folder)) {
                    throw new IllegalStateException("a stored name leaves its folder: " + f.name());
                }
                Files.createDirectories(target.getParent());
                try (OutputStream out = Files.newOutputStream(target)) {
                    session.copy(f, out);
                }
            }
            options.labs = List.copyOf(present);
            Path outDir = options.outOr("out");
            ReportRun.Written[] done = new ReportRun.Written[1];
            int code = ReportRun.run(ctx, messages, locale, folder, outDir, options, w -> done[0] = w);
            if (again != null) {
                return done[0] == null ? code : compare(again, outDir, done[0], code);
            }
            if (done[0] != null && code != RecitsCli.OK) {
                // a renderer failed: outputs that could not be made again from the history are not recorded
                ctx.err().println(messages.get("report.incomplete"));
            } else if (done[0] != null) {
                try {
                    long id = session.recordReport(record(List.copyOf(present), files, outDir, done[0]));
                    ctx.out().println(messages.get("report.recorded", id));
                } catch (StoreException e) {
                    // the outputs are written and whole: only their record is missing, and the person must know
                    ctx.err().println(messages.get("error.prefix") + " " + messages.get("report.notRecorded", outDir,
                            e.why().in(messages.locale())));
                    return RecitsCli.ERROR;
                }
            }
            return code;
        } finally {
            if (folder != null) {
                delete(folder);
            }
        }
    }

    /** The outputs against those the history keeps: the same bytes, or each that differs, missing or new. */
    private int compare(ReportRecord again, Path outDir, ReportRun.Written w, int code) throws IOException {
        ReportRecord now = record(again.labs(), again.inputs(), outDir, w);
        if (!now.plugins().equals(again.plugins())) {
            ctx.err().println(messages.get("again.plugins", again.plugins(), now.plugins()));
        }
        List<String> differ = new ArrayList<>();
        java.util.SortedSet<String> names = new java.util.TreeSet<>(again.outputs().keySet());
        names.addAll(now.outputs().keySet());
        for (String name : names) {
            if (!java.util.Objects.equals(again.outputs().get(name), now.outputs().get(name))) {
                differ.add(name);
            }
        }
        if (differ.isEmpty()) {
            ctx.out().println(messages.get("again.same", w.written().size()));
            return code;
        }
        ctx.err().println(messages.get("error.prefix") + " " + messages.get("again.differ", differ.size(),
                String.join(", ", differ)));
        return RecitsCli.ERROR;
    }

    /** A recorded report's options put back: {@code --period 2021-T1}, {@code --lang en}… */
    private void apply(List<String> recorded) {
        for (String option : recorded) {
            int space = option.indexOf(' ');
            String name = space < 0 ? option : option.substring(0, space);
            String value = space < 0 ? null : option.substring(space + 1);
            switch (name) {
                case "--period" -> options.period = value;
                case "--lang" -> locale = "en".equals(value) ? Locale.ENGLISH : Locale.FRENCH;
                case "--date" -> options.date = value;
                case "--seuil" -> options.threshold = Integer.parseInt(value);
                case "--format" -> options.formats.add(value);
                case "--source" -> options.sources.add(value);
                case "--strict" -> options.strict = true;
                default -> throw new IllegalStateException("an option the history holds and this version does not know: "
                        + option);
            }
        }
    }

    private ReportRecord record(List<String> read, List<StoredFile> files, Path outDir, ReportRun.Written w)
            throws IOException {
        SortedMap<String, String> outputs = new TreeMap<>();
        for (Path p : w.written()) {
            outputs.put(p.toString().replace('\\', '/'), DataFolderReader.sha256(outDir.resolve(p)));
        }
        SortedMap<String, String> plugins = new TreeMap<>();
        Stream.of(w.plugins().ingestors(), w.plugins().indicators(), w.plugins().renderers())
                .flatMap(List::stream)
                .forEach((Registered<?> r) -> plugins.put(r.bundle(), r.version()));
        return new ReportRecord(read, w.period().label(), shapingOptions(w), files, outputs, plugins, ctx.version());
    }

    /** The options that shape the outputs, as they would be typed again. */
    private List<String> shapingOptions(ReportRun.Written w) {
        List<String> out = new ArrayList<>();
        out.add("--period " + w.period().label());
        out.add("--lang " + ("en".equals(locale.getLanguage()) ? "en" : "fr"));
        if (options.date != null) {
            out.add("--date " + options.date);
        }
        out.add("--seuil " + options.threshold);
        options.formats.forEach(f -> out.add("--format " + f));
        options.sources.forEach(s -> out.add("--source " + s));
        if (options.strict) {
            out.add("--strict");
        }
        return out;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
