package org.recits.ingest.activity.internal;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.recits.api.data.Dataset;
import org.recits.api.data.Finding;
import org.recits.api.data.SourceFile;
import org.recits.api.ingest.InputFile;

/** A data folder written by a test, read as the engine does: every accepted file ingested, sources recorded, then crossCheck. */
final class Lab {
    final Path dir;
    final ActivityIngestor ingestor = new ActivityIngestor();
    final Map<String, List<SourceFile.TableCount>> counts = new TreeMap<>();

    Lab(Path dir) {
        this.dir = dir;
    }

    Lab file(String name, String text) throws IOException {
        return file(name, text, StandardCharsets.UTF_8);
    }

    Lab file(String name, String text, Charset cs) throws IOException {
        Files.write(dir.resolve(name), text.getBytes(cs));
        return this;
    }

    Lab bytes(String name, byte[] content) throws IOException {
        Files.write(dir.resolve(name), content);
        return this;
    }

    Dataset read() throws IOException {
        Dataset.Builder b = Dataset.builder();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList(); // sub-folders (a kit's enquetes/) are not read here
        }
        for (Path f : files) {
            InputFile in = InputFile.of(f, f.getFileName().toString());
            if (ingestor.accepts(in)) {
                List<SourceFile.TableCount> c = ingestor.ingest(in, b);
                counts.put(in.name(), c);
                b.source(new SourceFile(in.name(), "", ActivityIngestor.ID, "test", c));
            }
        }
        ingestor.crossCheck(b, b.build());
        return b.build();
    }

    static List<Finding> rejected(Dataset d) {
        return d.findings().stream().filter(f -> f.severity() == Finding.Severity.REJECTED).toList();
    }

    static List<Finding> warnings(Dataset d) {
        return d.findings().stream().filter(f -> f.severity() == Finding.Severity.WARNING).toList();
    }

    static List<String> describe(List<Finding> fs) {
        List<String> out = new ArrayList<>();
        for (Finding f : fs) {
            out.add(f.file() + ":" + f.line() + " [" + f.column() + "=" + f.value() + "] " + f.reason().fr());
        }
        return out;
    }
}
