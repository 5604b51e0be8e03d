package org.recits.report.excel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the workbook as a user's spreadsheet would: LibreOffice converts it to PDF (charts and all)
 * and each sheet to CSV. Skipped when {@code soffice} is not installed, unless
 * {@code RECITS_REQUIRE_SOFFICE=1}, where its absence fails the build.
 */
class LibreOfficeTest {

    @TempDir
    Path dir;

    @Test
    void libreOfficeOpensAndRecalculatesTheWorkbook() throws Exception {
        String soffice = findSoffice();
        Path xlsx = dir.resolve("recits-2020-T1.xlsx");
        new WorkbookWriter(WorkbookWriter.EXCEL_MAX_ROWS).write(Fixtures.report(Locale.FRENCH), xlsx);
        Path out = Files.createDirectories(dir.resolve("out"));
        // A private profile: parallel runs (and a user's open LibreOffice) would otherwise share one.
        String profile = "-env:UserInstallation=" + dir.resolve("profile").toUri();

        run(List.of(soffice, profile, "--headless", "--convert-to", "pdf", "--outdir", out.toString(),
                xlsx.toString()));
        Path pdf = out.resolve("recits-2020-T1.pdf");
        assertThat(pdf).exists();
        assertThat(Files.size(pdf)).isGreaterThan(10_000);

        // Filter options: comma, double quote, UTF-8, first line 1, …, raw values (not as shown: the
        // figures keep no thousands separator; percentages still come out as 80%), every sheet (-1) to its own file.
        run(List.of(soffice, profile, "--headless", "--convert-to",
                "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                "--outdir", out.toString(), xlsx.toString()));
        Path summary = out.resolve("recits-2020-T1-Synthèse.csv");
        assertThat(summary).exists();
        List<String> lines = Files.readAllLines(summary, StandardCharsets.UTF_8);
        // Mulhouse: attendance 40 / 50 = 0.8, 28 days against 35, as recomputed by LibreOffice's formulas.
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("mulhouse,Mulhouse,80%,28,35,60%,40%,3.8"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("masqué (< 5 personnes)"));
    }

    private static String findSoffice() throws Exception {
        Process p = new ProcessBuilder("sh", "-c", "command -v soffice").redirectErrorStream(true).start();
        String path = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        boolean found = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && !path.isEmpty();
        if (!found) {
            if ("1".equals(System.getenv("RECITS_REQUIRE_SOFFICE"))) {
                fail("soffice (LibreOffice) is required (RECITS_REQUIRE_SOFFICE=1) but not on the PATH");
            }
            Assumptions.abort("soffice (LibreOffice) is not installed");
        }
        return path;
    }

    private void run(List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "soffice", ".log");
        Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("soffice did not finish in 120 s: " + command);
        }
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();
    }

    @SuppressWarnings("unused")
    private static List<Path> list(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.toList();
        }
    }
}
