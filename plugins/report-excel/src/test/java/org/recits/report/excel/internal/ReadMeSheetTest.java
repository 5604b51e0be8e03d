package org.recits.report.excel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ReadMeSheetTest {

    private static Sheet write(XSSFWorkbook wb, Locale locale, long rows, int sheets) {
        Texts tx = new Texts(locale);
        Sheet sheet = wb.createSheet(tx.readMe());
        Styles st = new Styles(wb, tx);
        ReadMeSheet.write(new Rows(sheet, st), Fixtures.report(locale), tx, st, rows, sheets, 1_048_576);
        return sheet;
    }

    private static String valueOf(Sheet sheet, String key) {
        int row = SheetCells.firstColumn(sheet).indexOf(key);
        assertThat(row).as(key).isNotNegative();
        return String.valueOf(SheetCells.row(sheet, row).get(1));
    }

    @Test
    void titleCountsAndTheListOfSheets() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = write(wb, Locale.FRENCH, 13, 1);
            assertThat(SheetCells.row(sheet, 0)).containsExactly("Récits — rapport d’impact 2020-T1");
            assertThat(valueOf(sheet, "Période")).isEqualTo("2020-T1");
            assertThat(valueOf(sheet, "Lignes lues")).isEqualTo("3.0");
            assertThat(valueOf(sheet, "Lignes rejetées")).isEqualTo("1.0");
            assertThat(valueOf(sheet, "Constats de rejet")).isEqualTo("1.0");
            assertThat(valueOf(sheet, "Avertissements")).isEqualTo("1.0");
            assertThat(valueOf(sheet, "Seuil de masquage")).isEqualTo("5.0");
            assertThat(valueOf(sheet, "Données")).startsWith("13 lignes").doesNotContain("réparties");
            assertThat(SheetCells.firstColumn(sheet)).containsSequence("Feuilles", "Synthèse", "Indicateurs",
                    "Tendances", "Définitions", "Qualité des données", "Provenance", "Données");
        }
    }

    @Test
    void aSplitOfTheRecordsIsAnnounced() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = write(wb, Locale.ENGLISH, 2_000_000, 2);
            assertThat(valueOf(sheet, "Data")).startsWith("2,000,000 rows")
                    .contains("split across 2 sheets (\"Data\", \"Data 2\"…)").contains("1,048,576 rows");
        }
    }
}
