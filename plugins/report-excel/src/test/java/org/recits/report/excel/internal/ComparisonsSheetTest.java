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

/** The comparisons sheet: value, n, target, status, previous period, a year earlier and the changes. */
class ComparisonsSheetTest {

    @TempDir
    Path dir;

    @Test
    void theSamePeriodAYearEarlier() {
        assertThat(ComparisonsSheet.yearEarlier(Period.quarter(2021, 1))).isEqualTo(Period.quarter(2020, 1));
        assertThat(ComparisonsSheet.yearEarlier(Period.month(2021, 3))).isEqualTo(Period.month(2020, 3));
        assertThat(ComparisonsSheet.yearEarlier(Period.year(2021))).isEqualTo(Period.year(2020));
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
            XSSFSheet cmp = wb.getSheet("Comparaisons");
            // The title, then the header: the sheet's print titles, and the comparisons' header only.
            assertThat(cmp.getRepeatingRows().formatAsString()).isEqualTo("1:2");
            assertThat(text(cmp, "A1")).isEqualTo("Comparaisons des indicateurs principaux, 2020-T1");
            assertThat(List.of(text(cmp, "D2"), text(cmp, "H2"), text(cmp, "J2"))).containsExactly("Valeur 2020-T1",
                    "Période précédente (2019-T4)", "Un an plus tôt (2019-T1)");
            // The headline indicators by rank: attendance (rows 3–5), days (6–8), then the two shares.
            assertThat(List.of(text(cmp, "A3"), text(cmp, "C3"), text(cmp, "B4"))).containsExactly("programme",
                    "Taux de présence", "Mulhouse");
            assertThat(text(cmp, "C6")).isEqualTo("Jours d’intervention");
            // Mulhouse's attendance: 0.8 on 6 people, green; 35/40 the quarter before, 30/40 a year earlier.
            assertThat(cmp.getRow(3).getCell(3).getCellFormula()).contains("\"PART_ATTENDANCE_RATE|mulhouse|2020-T1\"");
            assertThat(number(cmp, "D4")).isEqualTo(0.8);
            assertThat(number(cmp, "E4")).isEqualTo(6);
            assertThat(text(cmp, "F4")).isEqualTo("≥ 80 % / 65–80 % / < 65 %");
            assertThat(text(cmp, "G4")).isEqualTo("vert");
            assertThat(number(cmp, "H4")).isEqualTo(0.875);
            assertThat(cmp.getRow(3).getCell(7).getCellFormula()).contains("\"PART_ATTENDANCE_RATE|mulhouse|2019-T4\"");
            // Changes of a percentage in points, signed
            assertThat(number(cmp, "I4")).isEqualTo(-7.5);
            assertThat(cmp.getRow(3).getCell(8).getCellStyle().getDataFormatString()).isEqualTo("[$-40C]+0.0\\ \"pt\";-0.0\\ \"pt\";0.0\\ \"pt\"");
            assertThat(number(cmp, "J4")).isEqualTo(0.75);
            assertThat(number(cmp, "K4")).isEqualTo(5.0);
            // Strasbourg's previous quarter is suppressed: the mask, and no change computed from it.
            assertThat(text(cmp, "H5")).isEqualTo("masqué (< 5 personnes)");
            assertThat(text(cmp, "I5")).isEqualTo("n/d");
            // Days in their own unit: Strasbourg 30.5 against 20 the quarter before.
            assertThat(number(cmp, "I8")).isEqualTo(10.5);
            assertThat(cmp.getRow(7).getCell(8).getCellStyle().getDataFormatString()).startsWith("[$-40C]+#,##0.0;");
            // The status word is coloured as on the indicators sheet.
            assertThat(cmp.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(1);
            assertThat(cmp.getSheetConditionalFormatting().getConditionalFormattingAt(0).getFormattingRanges()[0]
                    .formatAsString()).isEqualTo("G3:G14");
            // n/d is explained under the table.
            assertThat(text(cmp, "A15")).startsWith("«\u00a0n/d\u00a0»\u00a0: pas de valeur");
        }
    }

    @Test
    void aPeriodTheReportDoesNotCoverIsNotAvailable() throws IOException {
        Path file = dir.resolve("w.xlsx");
        new WorkbookWriter(WorkbookWriter.EXCEL_MAX_ROWS).write(Fixtures.report(Locale.FRENCH), file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet cmp = wb.getSheet("Comparaisons");
            // The fixtures' trend quarters are 2019-T3 and 2019-T4: nothing a year earlier (2019-T1).
            assertThat(text(cmp, "J2")).isEqualTo("Un an plus tôt (2019-T1)");
            assertThat(cmp.getRow(3).getCell(9).getCellType()).isEqualTo(CellType.STRING);
            assertThat(text(cmp, "J4")).isEqualTo("n/d");
            assertThat(text(cmp, "K4")).isEqualTo("n/d");
            assertThat(number(cmp, "H4")).isEqualTo(0.875);
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
