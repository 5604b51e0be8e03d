package org.recits.engine.internal.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.recits.api.data.Dataset;
import org.recits.api.data.SourceFile;
import org.recits.api.ingest.Reading;
import org.recits.api.model.LocalizedText;
import org.recits.api.text.Messages;
import org.recits.engine.internal.pipeline.Recognition;

/**
 * The first part of {@code recits check}: for each file of the data folder, what it was recognised as (a
 * table, a survey tool and layout, the export a mapping maps) with its rows read, kept and rejected, and for
 * a file or a part of a file left aside, why. One line for a file of one table; a file of several, or with
 * notes, gets a heading and one indented line each.
 */
final class FileLines {

    private FileLines() {
    }

    static void print(PrintWriter out, Messages words, Dataset dataset, List<Recognition> files) {
        // the counts after the cross-file checks, which move rows from kept to rejected
        Map<String, SourceFile> sources = dataset.sources().stream()
                .collect(Collectors.toMap(SourceFile::name, Function.identity(), (a, b) -> a));
        for (Recognition f : files) {
            if (f.ignored() != null) {
                out.println(words.get("check.file", f.file(), text(words, f.ignored())));
                continue;
            }
            Reading r = f.reading();
            List<String> tables = tables(words, r, sources.get(f.file()));
            if (tables.size() == 1 && r.notes().isEmpty()) {
                out.println(words.get("check.file", f.file(), tables.get(0)));
            } else if (tables.isEmpty() && r.notes().size() == 1) {
                out.println(words.get("check.file", f.file(), text(words, r.notes().get(0))));
            } else if (tables.isEmpty() && r.notes().isEmpty()) {
                out.println(words.get("check.file", f.file(), words.get("check.counts", 0, 0, 0, 0)));
            } else {
                out.println(words.get("check.heading", f.file()));
                tables.forEach(t -> out.println("  " + t));
                r.notes().forEach(n -> out.println("  " + text(words, n)));
            }
        }
    }

    /**
     * Each table's line, with its counts as the dataset holds them at the end: the cross-file checks move rows
     * from kept to rejected, and a table that {@code --source} set aside is no longer there.
     */
    private static List<String> tables(Messages words, Reading r, SourceFile source) {
        List<SourceFile.TableCount> left = source == null ? new ArrayList<>() : new ArrayList<>(source.tables());
        List<String> lines = new ArrayList<>();
        for (Reading.Table t : r.tables()) {
            SourceFile.TableCount c = left.stream().filter(k -> k.table().equals(t.count().table())).findFirst()
                    .orElse(null);
            if (c == null) {
                lines.add(words.get("check.setAside", text(words, t.recognised())));
            } else {
                left.remove(c);
                lines.add(table(words, t, c));
            }
        }
        return lines;
    }

    private static String table(Messages words, Reading.Table t, SourceFile.TableCount c) {
        return words.get("check.table", text(words, t.recognised()),
                words.get("check.counts", c.read(), c.kept(), c.rejected(), c.answersRejected()));
    }

    private static String text(Messages words, LocalizedText t) {
        return t.in(words.locale());
    }
}
