package org.recits.report.excel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.model.Period;
import org.recits.api.report.IndicatorResult;
import org.recits.api.report.Observation;
import org.recits.api.report.Report;

/** The summary's comparisons: value, n, target, status, previous period, a year earlier and the changes. */
class SummaryComparisonsTest {

    @TempDir
    Path dir;

    @Test
    void theSamePeriodAYearEarlier() {
        assertThat(SummaryComparisons.yearEarlier(Period.quarter(2021, 1))).isEqualTo(Period.quarter(2020, 1));
        assertThat(SummaryComparisons.yearEarlier(Period.month(2021, 3))).isEqualTo(Period.month(2020, 3));
        assertThat(SummaryComparisons.yearEarlier(Period.year(2021))).isEqualTo(Period.year(2020));
    }

    @Test
    void eachHeadlineIndicatorAndScopeComparedWithThePastAsTheEngineComputedIt() throws IOException {
        // The fixtures' trend quarters made 2019-T1 and 2019-T4: the previous quarter and the one a year earlier.
        Report fixtures = Fixtures.report(Locale.FRENCH);
        Period yearEarlier = Period.quarter(2019, 1);
        List<IndicatorResult> results = new ArrayList<>();
        for (IndicatorResult res : fixtures.results()) {
            Observation t3 = res.previous().get(0);
            results.add(new IndicatorResult(res.definition(), res.provider(), res.scope(), res.current(),
                    List.of(new Observation(yearEarlier, t3.value(), t3.suppressed()), res.previous().get(1)),
                    res.sentences()));
        }
        Report report = new Report(fixtures.period(), List.of(yearEarlier, Fixtures.T4), fixtures.scopes(),
                fixtures.locale(), fixtures.generatedOn(), results, fixtures.data(), fixtures.quotes(),
                fixtures.plugins(), fixtures.failures(), fixtures.suppressionThreshold());
        Path file = dir.resolve("w.xlsx");
        new WorkbookWriter(WorkbookWriter.EXCEL_MAX_ROWS).write(report, file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sum = wb.getSheet("Synthèse");
            // Under the table (rows 1–5) and a blank row: the title, then the header.
            assertThat(text(sum, "A7")).isEqualTo("Comparaisons des indicateurs principaux, 2020-T1");
            assertThat(List.of(text(sum, "D8"), text(sum, "H8"), text(sum, "J8"))).containsExactly("Valeur 2020-T1",
                    "Période précédente (2019-T4)", "Un an plus tôt (2019-T1)");
            // The headline indicators by rank: attendance (rows 9–11), days (12–14), then the two shares.
            assertThat(List.of(text(sum, "A9"), text(sum, "C9"), text(sum, "B10"))).containsExactly("programme",
                    "Taux de présence", "Mulhouse");
            assertThat(text(sum, "C12")).isEqualTo("Jours d’intervention");
            // Mulhouse's attendance: 0.8 on 6 people, green; 35/40 the quarter before, 30/40 a year earlier.
            assertThat(sum.getRow(9).getCell(3).getCellFormula()).contains("\"PART_ATTENDANCE_RATE|mulhouse|2020-T1\"");
            assertThat(number(sum, "D10")).isEqualTo(0.8);
            assertThat(number(sum, "E10")).isEqualTo(6);
            assertThat(text(sum, "F10")).isEqualTo("≥ 80 % / 65–80 % / < 65 %");
            assertThat(text(sum, "G10")).isEqualTo("vert");
            assertThat(number(sum, "H10")).isEqualTo(0.875);
            assertThat(sum.getRow(9).getCell(7).getCellFormula()).contains("\"PART_ATTENDANCE_RATE|mulhouse|2019-T4\"");
            // Changes of a percentage in points, signed
            assertThat(number(sum, "I10")).isEqualTo(-7.5);
            assertThat(sum.getRow(9).getCell(8).getCellStyle().getDataFormatString()).isEqualTo("[$-40C]+0.0\\ \"pt\";-0.0\\ \"pt\";0.0\\ \"pt\"");
            assertThat(number(sum, "J10")).isEqualTo(0.75);
            assertThat(number(sum, "K10")).isEqualTo(5.0);
            // Strasbourg's previous quarter is suppressed: the mask, and no change computed from it.
            assertThat(text(sum, "H11")).isEqualTo("masqué (< 5 personnes)");
            assertThat(text(sum, "I11")).isEqualTo("n/d");
            // Days in their own unit: Strasbourg 30.5 against 20 the quarter before.
            assertThat(number(sum, "I14")).isEqualTo(10.5);
            assertThat(sum.getRow(13).getCell(8).getCellStyle().getDataFormatString()).startsWith("[$-40C]+#,##0.0;");
            // The status word is coloured as on the indicators sheet.
            assertThat(sum.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(1);
            assertThat(sum.getSheetConditionalFormatting().getConditionalFormattingAt(0).getFormattingRanges()[0]
                    .formatAsString()).isEqualTo("G9:G21");
            // the header repeated where the print's page begins (row 20); n/d is explained under the table.
            assertThat(text(sum, "A20")).isEqualTo("Périmètre");
            assertThat(text(sum, "A22")).startsWith("«\u00a0n/d\u00a0»\u00a0: pas de valeur");
        }
    }

    @Test
    void aPeriodTheReportDoesNotCoverIsNotAvailable() throws IOException {
        Path file = dir.resolve("w.xlsx");
        new WorkbookWriter(WorkbookWriter.EXCEL_MAX_ROWS).write(Fixtures.report(Locale.FRENCH), file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sum = wb.getSheet("Synthèse");
            // The fixtures' trend quarters are 2019-T3 and 2019-T4: nothing a year earlier (2019-T1).
            assertThat(text(sum, "J8")).isEqualTo("Un an plus tôt (2019-T1)");
            assertThat(sum.getRow(9).getCell(9).getCellType()).isEqualTo(CellType.STRING);
            assertThat(text(sum, "J10")).isEqualTo("n/d");
            assertThat(text(sum, "K10")).isEqualTo("n/d");
            assertThat(number(sum, "H10")).isEqualTo(0.875);
        }
    }

    private static Cell cell(XSSFSheet sheet, String ref) {
        CellReference r = new CellReference(ref);
        return sheet.getRow(r.getRow()).getCell(r.getCol());
    }

    private static String text(XSSFSheet sheet, String ref) {
        return cell(sheet, ref).getStringCellValue();
    }

    private static double number(XSSFSheet sheet, String ref) {
        return cell(sheet, ref).getNumericCellValue();
    }
}
