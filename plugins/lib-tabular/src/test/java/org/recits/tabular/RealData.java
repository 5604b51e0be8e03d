package org.recits.tabular;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates /work/shared/data/real (shared/data/real beside the repository); tests skip when absent. */
public final class RealData {
    private RealData() {
    }

    public static Path dir() {
        String prop = System.getProperty("recits.realData");
        if (prop != null) {
            return Path.of(prop);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/data/real");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    static Path file(String relative) {
        Path dir = dir();
        assumeTrue(dir != null, "shared/data/real is absent: real-file tests skipped");
        Path f = dir.resolve(relative);
        assumeTrue(Files.isRegularFile(f), relative + " is absent: test skipped");
        return f;
    }

    /** The CSV parsing threads alive now (named {@code recits-csv …}), for tests that they stop. */
    public static java.util.List<Thread> parsingThreads() {
        java.util.List<Thread> out = new java.util.ArrayList<>();
        Thread.getAllStackTraces().keySet().forEach(t -> {
            if (t.getName().startsWith("recits-csv") && t.isAlive()) {
                out.add(t);
            }
        });
        return out;
    }
}
