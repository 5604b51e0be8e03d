package org.recits.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataConsolidateFunction;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFPivotTable;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.testkit.LibreOffice;

/**
 * What a funder does with the demo's workbook: a pivot table over the survey answers' Excel table (made with
 * POI, as one click in Excel makes it: collectivité and quarter by measure, mean score), computed by
 * LibreOffice, gives every mean-score indicator of the {@code Indicateurs} sheet, every collectivité and
 * quarter. This holds only because the answers sheet has one row per answer with its measure and its score.
 */
class PivotIT {

    /** The mean-score indicators (mean of the 1–5 scores of a measure's answers dated in the quarter). */
    private static final Map<String, String> MEASURE = Map.of("DEM_SURVEY_SCORE", "democratie", "IMP_SURVEY_SCORE",
            "impact", "PROD_SURVEY_SCORE", "productivite", "QUAL_SESSION_SATISFACTION", "satisfaction");

    @TempDir
    Path work;

    @Test
    void aPivotOfTheAnswersTableGivesTheMeanScoreIndicators() throws Exception {
        Path out = work.resolve("sortie");
        Distribution.Run run = Distribution.script(Distribution.folder(), work, "demo", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();

        Path pivot = work.resolve("pivot.xlsx");
        Map<String, Double> indicators = new HashMap<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("recits-2021-T1.xlsx")))) {
            XSSFTable answers = wb.getTable("Reponses");
            assertThat(answers.getSheetName()).isEqualTo("Réponses");
            XSSFSheet sheet = wb.createSheet("Pivot");
            XSSFPivotTable p = sheet.createPivotTable(answers, new CellReference("A3"));
            p.addRowLabel(answers.findColumnIndex("Collectivité"));
            p.addRowLabel(answers.findColumnIndex("Trimestre"));
            p.addColLabel(answers.findColumnIndex("Mesure"));
            p.addColumnLabel(DataConsolidateFunction.AVERAGE, answers.findColumnIndex("Score"), "Score moyen");
            try (OutputStream o = Files.newOutputStream(pivot)) {
                wb.write(o);
            }
            // Every value the workbook gives for these indicators: collectivités, every period shown.
            XSSFSheet ind = wb.getSheet("Indicateurs");
            Map<String, Integer> col = new HashMap<>();
            ind.getRow(0).forEach(c -> col.put(c.getStringCellValue(), c.getColumnIndex()));
            for (Row row : ind) {
                String measure = MEASURE.get(text(row, col.get("Code")));
                Cell value = row.getCell(col.get("Valeur"));
                String scope = text(row, col.get("Périmètre"));
                if (row.getRowNum() > 0 && measure != null && !scope.equals("programme")
                        && value.getCellType() == CellType.NUMERIC) {
                    indicators.put(scope + "|" + text(row, col.get("Période")) + "|" + measure,
                            value.getNumericCellValue());
                }
            }
        }
        // masked values (small groups, and their complementary masks) are words, not compared
        assertThat(indicators).hasSizeGreaterThanOrEqualTo(10);

        // LibreOffice computes the pivot table on opening (POI writes its definition, not its results).
        LibreOffice office = LibreOffice.installed(work);
        List<Path> sheets = office.convert(pivot,
                "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", work.resolve("csv"));
        Path pivotCsv = sheets.stream().filter(f -> f.getFileName().toString().equals("pivot-Pivot.csv")).findFirst()
                .orElseThrow();
        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(
                Files.readString(pivotCsv, StandardCharsets.UTF_8))).getRecords();
        // Rows: a collectivité with its total, then one row per quarter under it; columns: one per measure.
        int header = 0;
        while (!rows.get(header).get(0).equals("Collectivité")) {
            header++;
        }
        List<String> measures = rows.get(header).toList();
        Map<String, Double> pivoted = new HashMap<>();
        String collectivite = null;
        for (CSVRecord r : rows.subList(header + 1, rows.size())) {
            if (!r.get(0).isEmpty()) {
                collectivite = r.get(0);
                continue;
            }
            for (int i = 2; i < r.size(); i++) {
                if (!r.get(i).isEmpty()) {
                    pivoted.put(collectivite + "|" + r.get(1) + "|" + measures.get(i), Double.parseDouble(r.get(i)));
                }
            }
        }
        for (Map.Entry<String, Double> e : indicators.entrySet()) {
            assertThat(pivoted.get(e.getKey())).as(e.getKey()).isNotNull().isCloseTo(e.getValue(), within(1e-9));
        }
    }

    private static String text(Row row, int col) {
        Cell c = row.getCell(col);
        return c == null || c.getCellType() != CellType.STRING ? "" : c.getStringCellValue();
    }
}
