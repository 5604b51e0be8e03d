package org.recits.report.excel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.recits.api.data.Dataset;
import org.recits.api.report.Report;

class QualitySheetTest {

    private static Sheet write(XSSFWorkbook wb, Report report) {
        Texts tx = new Texts(report.locale());
        Sheet sheet = wb.createSheet(tx.quality());
        QualitySheet.write(new Rows(sheet, new Styles(wb, tx)), report, tx);
        return sheet;
    }

    @Test
    void everyFindingWithItsSeverityFileLineColumnValueAndReason() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = write(wb, Fixtures.report(Locale.FRENCH));
            assertThat(SheetCells.row(sheet, 0)).containsExactly("Gravité", "Fichier", "Ligne", "Colonne", "Valeur",
                    "Raison");
            // in the dataset's order (by file); no line (0) leaves the cell empty rather than writing 0
            assertThat(SheetCells.row(sheet, 1)).containsExactly("avertissement", "financements.csv", null, null,
                    null, "Aucune date.");
            assertThat(SheetCells.row(sheet, 2)).containsExactly("rejet", "sessions.csv", 4.0, "jours", "-2",
                    "Nombre de jours négatif.");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void noFindingIsSaid() throws IOException {
        Report full = Fixtures.report(Locale.ENGLISH);
        Report clean = new Report(full.period(), full.previousPeriods(), full.scopes(), full.locale(),
                full.generatedOn(), full.results(), Dataset.builder().build(), List.of(), full.plugins(),
                full.failures(), full.suppressionThreshold());
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = write(wb, clean);
            assertThat(SheetCells.row(sheet, 0)).startsWith("Severity", "File");
            assertThat(SheetCells.row(sheet, 1)).containsExactly("No finding.");
        }
    }
}
