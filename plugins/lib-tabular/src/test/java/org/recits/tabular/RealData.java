package org.recits.tabular;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Locates the folder of real exports written by other tools (the {@code recits.realData} system property,
 * the {@value #LOCATION} environment variable that {@code .ci/run} sets, or the same folder found by walking
 * up from the working directory) for the tests that read them.
 *
 * <p>Without it a developer's run skips those tests, but CI must not pass on a machine where they
 * could not run: when the environment says {@value #REQUIRE} (set by {@code .ci/run}) or {@code CI}
 * is set, a missing folder fails the test instead.
 */
public final class RealData {
    /** The environment variable that turns a missing folder from a skip into a failure. */
    public static final String REQUIRE = "RECITS_REQUIRE_REAL_DATA";
    /** The environment variable that names the folder. */
    public static final String LOCATION = "RECITS_REAL_DATA";

    private RealData() {
    }

    /** The folder; skips the calling test when it is absent and not required, fails when required. */
    public static Path dir() {
        Path found = find();
        if (found == null) {
            String why = "the real exports (" + LOCATION
                    + " or -Drecits.realData=…) are absent";
            if (required()) {
                fail(why + "; " + REQUIRE + " or CI is set, so the tests that read them fail instead of skipping");
            }
            assumeTrue(false, why + ": test skipped");
        }
        return found;
    }

    /** A file of the folder; a file missing from a folder that is there fails: the suite changed. */
    public static Path file(String relative) {
        Path f = dir().resolve(relative);
        if (!Files.isRegularFile(f)) {
            fail(relative + " is absent from " + f.getParent());
        }
        return f;
    }

    static boolean required() {
        String require = System.getenv(REQUIRE);
        String ci = System.getenv("CI");
        return require != null && !require.isBlank() && !require.equals("0")
                || ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
    }

    private static Path find() {
        String prop = System.getProperty("recits.realData");
        if (prop != null) {
            return Files.isDirectory(Path.of(prop)) ? Path.of(prop) : null;
        }
        String env = System.getenv(LOCATION);
        if (env != null && !env.isBlank()) {
            return Files.isDirectory(Path.of(env)) ? Path.of(env) : null;
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/data/real");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** The CSV parsing threads alive now (named {@code recits-csv …}), for tests that they stop. */
    public static List<Thread> parsingThreads() {
        List<Thread> out = new ArrayList<>();
        Thread.getAllStackTraces().keySet().forEach(t -> {
            if (t.getName().startsWith("recits-csv") && t.isAlive()) {
                out.add(t);
            }
        });
        return out;
    }
}
