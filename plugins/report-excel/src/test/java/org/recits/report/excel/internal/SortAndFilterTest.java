package org.recits.report.excel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A funder sorts and filters the workbook's tables in LibreOffice: no figure of the summary or of the
 * comparisons and no chart may change. {@code sort_and_filter.py} (Python-UNO, run by the system's python3) opens the workbook in a
 * headless LibreOffice, sorts every table that has an auto-filter by each of its columns in turn, then
 * filters each, recalculating after each step, and compares the summary's and the comparisons' values, every chart's data and what
 * every defined name gives with those before. Fails when LibreOffice or python3's {@code uno} module (Debian: python3-uno) is missing.
 */
class SortAndFilterTest {

    private static final String PYTHON = "/usr/bin/python3";

    @TempDir
    Path dir;

    @Test
    void sortingOrFilteringAnyTableChangesNoFigureOfTheSummaryNorAnyChartNorAnyName() throws Exception {
        requireUno();
        Path xlsx = dir.resolve("recits-2020-T1.xlsx");
        new WorkbookWriter(WorkbookWriter.EXCEL_MAX_ROWS).write(Fixtures.report(Locale.FRENCH), xlsx);

        List<String> tables = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (org.apache.poi.ss.usermodel.Sheet s : wb) {
                XSSFSheet sheet = (XSSFSheet) s;
                if (sheet.getCTWorksheet().isSetAutoFilter()) {
                    tables.add("[\"" + sheet.getSheetName() + "\", \"" + sheet.getCTWorksheet().getAutoFilter().getRef()
                            + "\"]");
                }
            }
        }
        assertThat(tables).hasSizeGreaterThanOrEqualTo(6);
        Path tablesFile = dir.resolve("tables.json");
        Files.writeString(tablesFile, "[" + String.join(", ", tables) + "]", StandardCharsets.UTF_8);
        Path script = dir.resolve("sort_and_filter.py");
        try (InputStream in = SortAndFilterTest.class.getResourceAsStream("sort_and_filter.py")) {
            Files.copy(in, script);
        }
        Path out = dir.resolve("out.json");
        Path log = dir.resolve("python.log");
        Process p = new ProcessBuilder(PYTHON, script.toString(), xlsx.toString(), tablesFile.toString(), "Synthèse,Comparaisons",
                dir.resolve("lo-profile").toString(), out.toString()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("sort_and_filter.py took over 10 minutes");
        }
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();

        List<String> lines = Files.readAllLines(Path.of(out + ".tsv"), StandardCharsets.UTF_8);
        // What is compared: the five charts, the rows of the summary (with the charts' values under its table: 21)
        // and of the comparisons (title, header, 12 rows, note: 15), and the six defined names (one per indicator).
        assertThat(lines).contains("charts\t5").contains("names\t6").contains("summary rows\t36");
        // The steps did something: the indicators table's order changed, and filters hid rows.
        assertThat(lines).anyMatch(l -> l.startsWith("step\tsort Indicateurs ") && l.contains("\tTrue\t"));
        assertThat(lines).anyMatch(l -> l.startsWith("step\tsort Synthèse ") && l.contains("\tTrue\t"));
        assertThat(lines).filteredOn(l -> l.startsWith("hidden\tIndicateurs\t"))
                .singleElement().matches(l -> !l.endsWith("\t0"));
        List<String> steps = lines.stream().filter(l -> l.startsWith("step\t")).toList();
        assertThat(steps).hasSizeGreaterThan(30);
        // And changed nothing (the details, value by value, are in out.json).
        assertThat(steps).as("steps that changed a figure of the summary or a chart; details in " + out)
                .allMatch(l -> l.endsWith("\t0"));
    }

    private static void requireUno() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sh", "-c", "command -v soffice && " + PYTHON + " -c 'import uno'")
                .redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            fail("LibreOffice (soffice) and python3's uno module (Debian: python3-uno) are needed: " + said);
        }
    }
}
