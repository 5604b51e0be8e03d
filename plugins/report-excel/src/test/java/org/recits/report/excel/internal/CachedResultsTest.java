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
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summary's formulas get their cached results as they are written instead of from POI's evaluator
 * over the whole workbook: the results must be those the evaluator gives.
 */
class CachedResultsTest {

    @TempDir
    Path dir;

    @Test
    void evaluatingTheWrittenWorkbookChangesNoCachedResult() throws IOException {
        Path file = dir.resolve("w.xlsx");
        new WorkbookWriter(WorkbookWriter.EXCEL_MAX_ROWS).write(Fixtures.report(Locale.FRENCH), file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sum = wb.getSheet("Synthèse");
            List<String> cached = results(sum);
            assertThat(cached).hasSizeGreaterThan(10).anyMatch(s -> s.startsWith("STRING"))
                    .anyMatch(s -> s.startsWith("NUMERIC"));
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            assertThat(results(sum)).isEqualTo(cached);
        }
    }

    @Test
    void targetsNeitherNumberNorTextAreLeftToTheEvaluator() throws IOException {
        try (XSSFWorkbook mine = new XSSFWorkbook(); XSSFWorkbook poi = new XSSFWorkbook()) {
            for (XSSFWorkbook wb : List.of(mine, poi)) {
                XSSFSheet target = wb.createSheet("t");
                Row values = target.createRow(0);
                values.createCell(0); // blank
                values.createCell(1).setCellValue(true);
                values.createCell(2).setCellErrorValue((byte) 7); // #DIV/0!
                Row formulas = wb.createSheet("f").createRow(0);
                for (int col = 0; col < 4; col++) { // column 3: no cell at all
                    formulas.createCell(col).setCellFormula("t!" + (char) ('A' + col) + "1");
                }
            }
            Row formulas = mine.getSheet("f").getRow(0);
            Row values = mine.getSheet("t").getRow(0);
            for (int col = 0; col < 4; col++) {
                SummarySheet.cacheResult(formulas.getCell(col), values.getCell(col), mine.getSheet("t"));
            }
            XSSFFormulaEvaluator.evaluateAllFormulaCells(poi);
            assertThat(results(mine.getSheet("f"))).isEqualTo(results(poi.getSheet("f")));
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
