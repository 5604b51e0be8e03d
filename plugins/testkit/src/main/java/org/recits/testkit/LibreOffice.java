package org.recits.testkit;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.assertj.core.api.Assumptions;

/**
 * Opens an output as a user's office suite would: LibreOffice, headless, converts it (a workbook to PDF
 * or CSV, a DOCX to PDF or text). A file LibreOffice cannot load makes the conversion write nothing,
 * which fails the test.
 *
 * <p>When {@code soffice} is not on the PATH the calling test is skipped, unless the environment says
 * {@code RECITS_REQUIRE_SOFFICE=1} (as CI does), where it fails.
 */
public final class LibreOffice {

    /** The environment variable that turns a missing LibreOffice from a skip into a failure. */
    public static final String REQUIRE = "RECITS_REQUIRE_SOFFICE";
    private static final long TIMEOUT_SECONDS = 120;

    private final String soffice;
    private final Path work;

    private LibreOffice(String soffice, Path work) {
        this.soffice = soffice;
        this.work = work;
    }

    /**
     * The installed LibreOffice, with its own profile under {@code work}: parallel runs (and a user's open
     * LibreOffice) would otherwise share one.
     *
     * @param work a folder of the test's own (its {@code @TempDir})
     * @return LibreOffice; skips the test when it is not installed and not required
     */
    public static LibreOffice installed(Path work) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sh", "-c", "command -v soffice").redirectErrorStream(true).start();
        String path = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        boolean found = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && !path.isEmpty();
        if (!found && "1".equals(System.getenv(REQUIRE))) {
            fail("soffice (LibreOffice) is required (" + REQUIRE + "=1) but not on the PATH");
        }
        Assumptions.assumeThat(found).as("soffice (LibreOffice) is installed").isTrue();
        return new LibreOffice(path, work);
    }

    /**
     * Converts {@code file} as {@code soffice --convert-to filter} does, into {@code outDir}.
     *
     * @param filter the target, as soffice takes it: {@code pdf}, {@code txt:Text (encoded):UTF8}, or a CSV
     *               filter with its options
     * @return the files written (new, or rewritten since the call began), sorted by name: a workbook converted to
     *         CSV sheet by sheet writes several
     * @throws AssertionError when soffice fails, takes over two minutes or writes nothing; the message
     *                        holds what it printed
     */
    public List<Path> convert(Path file, String filter, Path outDir) throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        String base = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        Map<Path, FileTime> before = new HashMap<>();
        for (Path f : named(outDir, base)) {
            before.put(f, Files.getLastModifiedTime(f));
        }
        Path log = Files.createTempFile(work, "soffice", ".log");
        Process p = new ProcessBuilder(soffice, "-env:UserInstallation=" + work.resolve("lo-profile").toUri(),
                "--headless", "--convert-to", filter, "--outdir", outDir.toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("soffice did not convert " + file + " to " + filter + " in " + TIMEOUT_SECONDS + " s");
        }
        String said = Files.readString(log);
        if (p.exitValue() != 0) {
            fail("soffice exited with " + p.exitValue() + " converting " + file + " to " + filter + ":\n" + said);
        }
        // soffice exits with 0 when it cannot load a file (or lacks the module that would): it then writes nothing.
        List<Path> out = new ArrayList<>();
        for (Path f : named(outDir, base)) {
            if (!Files.getLastModifiedTime(f).equals(before.get(f))) {
                out.add(f);
            }
        }
        if (out.isEmpty()) {
            fail("soffice wrote nothing converting " + file + " to " + filter + ":\n" + said);
        }
        return out;
    }

    private static List<Path> named(Path dir, String base) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().startsWith(base)).sorted().toList();
        }
    }
}
