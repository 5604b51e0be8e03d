package org.recits.report.excel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.testkit.LibreOffice;

/**
 * Opens the workbook as a user's spreadsheet would: LibreOffice converts it to PDF (charts and all)
 * and each sheet to CSV. Skipped when {@code soffice} is not installed, unless
 * {@code RECITS_REQUIRE_SOFFICE=1}, where its absence fails the build ({@link LibreOffice}).
 */
class LibreOfficeTest {

    @TempDir
    Path dir;

    @Test
    void libreOfficeOpensAndRecalculatesTheWorkbook() throws Exception {
        LibreOffice office = LibreOffice.installed(dir);
        Path xlsx = dir.resolve("recits-2020-T1.xlsx");
        new WorkbookWriter(WorkbookWriter.EXCEL_MAX_ROWS).write(Fixtures.report(Locale.FRENCH), xlsx);
        Path out = dir.resolve("out");

        Path pdf = out.resolve("recits-2020-T1.pdf");
        assertThat(office.convert(xlsx, "pdf", out)).containsExactly(pdf);
        assertThat(Files.size(pdf)).isGreaterThan(10_000);

        // Filter options: comma, double quote, UTF-8, first line 1, …, raw values (not as shown: the
        // figures keep no thousands separator; percentages still come out as 80%), every sheet (-1) to its own file.
        Path summary = out.resolve("recits-2020-T1-Synthèse.csv");
        assertThat(office.convert(xlsx, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                out)).contains(summary);
        List<String> lines = Files.readAllLines(summary, StandardCharsets.UTF_8);
        // Mulhouse: attendance 40 / 50 = 0.8, 28 days against 35, as recomputed by LibreOffice's formulas; the
        // score with a decimal comma whatever the machine's locale (the build's is C): the formats say French.
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("mulhouse,Mulhouse,80%,28,35,60%,40%,\"3,8\""));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("masqué (< 5 personnes)"));
    }
}
