package org.recits.report.excel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ProvenanceSheetTest {

    @Test
    void filesThenPluginsThenFailures() throws IOException {
        Texts tx = new Texts(Locale.FRENCH);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet(tx.provenance());
            Styles st = new Styles(wb, tx);
            ProvenanceSheet.write(new Rows(sheet, st), Fixtures.report(Locale.FRENCH), tx, st);
            assertThat(SheetCells.row(sheet, 0)).containsExactly("Fichier", "SHA-256", "Lecteur (identifiant)", "Version du bundle OSGi", "Table",
                    "Lignes lues", "Lignes retenues", "Lignes rejetées", "Réponses rejetées");
            assertThat(SheetCells.row(sheet, 1)).containsExactly("sessions.csv", "ab".repeat(32), "activity", "0.1.0",
                    "sessions", 3.0, 2.0, 1.0, 0.0);
            assertThat(SheetCells.firstColumn(sheet)).containsSequence("Extensions", "Type", "lecteur", "rendu")
                    .containsSequence("Extensions en échec", "Extension", "broken (org.example.broken 1.0.0)");
            int failure = SheetCells.firstColumn(sheet).indexOf("broken (org.example.broken 1.0.0)");
            assertThat(SheetCells.row(sheet, failure)).containsExactly("broken (org.example.broken 1.0.0)", "calcul",
                    "boom");
        }
    }
}
