package org.recits.report.excel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summary's formulas get their cached results from the report's values as they are written (the
 * indicators sheet they refer to is streamed): the results must be those POI's evaluator gives on the
 * written workbook.
 */
class CachedResultsTest {

    @TempDir
    Path dir;

    @Test
    void evaluatingTheWrittenWorkbookChangesNoCachedResult() throws IOException {
        Path file = dir.resolve("w.xlsx");
        new WorkbookWriter(WorkbookWriter.EXCEL_MAX_ROWS).write(Fixtures.report(Locale.FRENCH), file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (String name : List.of("Synthèse", "Comparaisons")) {
                List<String> cached = results(wb.getSheet(name));
                assertThat(cached).as(name).hasSizeGreaterThan(10).anyMatch(s -> s.startsWith("STRING"))
                        .anyMatch(s -> s.startsWith("NUMERIC"));
                XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
                assertThat(results(wb.getSheet(name))).as(name).isEqualTo(cached);
            }
        }
    }

    @Test
    void aValueCellHoldsANumberOrATextAndNothingElseIsCached() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Row row = wb.createSheet("f").createRow(0);
            Cell number = row.createCell(0);
            number.setCellFormula("1+1");
            SummarySheet.cacheResult(number, 0.75);
            Cell text = row.createCell(1);
            text.setCellFormula("1+1");
            SummarySheet.cacheResult(text, "n/d");
            assertThat(number.getCachedFormulaResultType()).isEqualTo(CellType.NUMERIC);
            assertThat(number.getNumericCellValue()).isEqualTo(0.75);
            assertThat(text.getCachedFormulaResultType()).isEqualTo(CellType.STRING);
            assertThat(text.getStringCellValue()).isEqualTo("n/d");
            Cell other = row.createCell(2);
            other.setCellFormula("1+1");
            assertThatThrownBy(() -> SummarySheet.cacheResult(other, null)).isInstanceOf(IllegalStateException.class);
        }
    }

    /** Each formula cell's cached result type and value, as the file holds them. */
    private static List<String> results(XSSFSheet sheet) {
        List<String> out = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.FORMULA) {
                    CellType t = c.getCachedFormulaResultType();
                    out.add(t + " " + c.getAddress() + " " + switch (t) {
                        case NUMERIC -> String.valueOf(c.getNumericCellValue());
                        case STRING -> c.getStringCellValue();
                        case BOOLEAN -> String.valueOf(c.getBooleanCellValue());
                        case ERROR -> String.valueOf(c.getErrorCellValue());
                        default -> "";
                    } + " " + ((org.apache.poi.xssf.usermodel.XSSFCell) c).getCTCell().xmlText());
                }
            }
        }
        return out;
    }
}
