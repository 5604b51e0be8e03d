package org.recits.engine.internal.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.recits.api.data.Dataset;
import org.recits.api.data.Finding;
import org.recits.api.data.SourceFile;
import org.recits.engine.internal.EngineTexts;

/**
 * Data files with the same bytes ({@code enquete.csv} and {@code enquete (1).csv}, a download saved
 * twice): every row would be counted twice, and no table name gives it away when an ingestor names
 * its tables after the file. Refused like a table read from two files ({@link SourceChoices}): one
 * warning per file naming the others, and the run stops (exit 3) until a copy is removed.
 */
final class IdenticalFiles {

    private IdenticalFiles() {
    }

    /** What was found: the warnings, and how many groups of identical files. */
    record Outcome(List<Finding> findings, int groups) {
    }

    /**
     * Files read by an ingestor into rows, grouped by their SHA-256; files without a row are harmless. A
     * file {@code toldElsewhere} (a collision, a source set aside) is left out of its group.
     */
    static Outcome in(Dataset read, Predicate<String> toldElsewhere) {
        Map<String, List<String>> byHash = new LinkedHashMap<>();
        for (SourceFile s : read.sources()) {
            if (!s.ingestor().isEmpty() && !s.sha256().isEmpty() && s.rowsRead() > 0) {
                List<String> files = byHash.computeIfAbsent(s.sha256(), h -> new ArrayList<>());
                if (!files.contains(s.name())) {
                    files.add(s.name());
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        int groups = 0;
        for (List<String> group : byHash.values()) {
            List<String> files = group.stream().filter(toldElsewhere.negate()).toList();
            if (files.size() < 2) {
                continue;
            }
            groups++;
            for (String f : files) {
                String others = String.join(", ", files.stream().filter(o -> !o.equals(f)).toList());
                findings.add(Finding.warning(f, 0, null, null, EngineTexts.BOTH.get("finding.identicalFiles", others)));
            }
        }
        return new Outcome(findings, groups);
    }
}
