package org.recits.report.excel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.recits.api.report.Report;

class ReadMeSheetTest {

    private static Sheet write(XSSFWorkbook wb, Locale locale, int maxRowsPerSheet) {
        Texts tx = new Texts(locale);
        Sheet sheet = wb.createSheet(tx.readMe());
        Styles st = new Styles(wb, tx);
        Report report = Fixtures.report(locale);
        ReadMeSheet.write(new Rows(sheet, st), report, tx, st, RecordTables.of(report), maxRowsPerSheet);
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
            Sheet sheet = write(wb, Locale.FRENCH, 1_048_576);
            assertThat(SheetCells.row(sheet, 0)).containsExactly("Récits — rapport d’impact 2020-T1");
            assertThat(valueOf(sheet, "Période")).isEqualTo("2020-T1");
            assertThat(valueOf(sheet, "Lignes lues")).isEqualTo("3.0");
            assertThat(valueOf(sheet, "Lignes rejetées")).isEqualTo("1.0");
            assertThat(valueOf(sheet, "Constats de rejet")).isEqualTo("1.0");
            assertThat(valueOf(sheet, "Avertissements")).isEqualTo("1.0");
            assertThat(valueOf(sheet, "Seuil de masquage")).isEqualTo("5.0");
            // one line per records table: its rows, what a row is, its Excel table's name
            assertThat(valueOf(sheet, "Collectivités")).isEqualTo("2 lignes, une par collectivité. Tableau Excel "
                    + "«\u00a0Collectivites\u00a0»\u00a0: un tableau croisé dynamique ou Power Query le trouve sous ce nom.");
            assertThat(valueOf(sheet, "Sessions")).startsWith("1 ligne, une par session.").doesNotContain("réparti");
            assertThat(valueOf(sheet, "Réponses")).startsWith("0 ligne, une par réponse notée");
            assertThat(valueOf(sheet, "Non publiés")).startsWith("0 réponse d’enquête en texte libre");
            assertThat(valueOf(sheet, "Répondants")).contains("pseudo-");
            assertThat(SheetCells.firstColumn(sheet)).containsSequence("Feuilles", "Synthèse", "Comparaisons", "Indicateurs",
                    "Tendances", "Définitions", "Qualité des données", "Provenance", "Collectivités", "Participants",
                    "Sessions", "Présences", "Cas pratiques", "Financements", "Météo", "Verbatims", "Réponses");
        }
    }

    @Test
    void aSplitOfTheRecordsIsAnnounced() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            // two rows per sheet, header included: the two collectivités take two sheets
            Sheet sheet = write(wb, Locale.ENGLISH, 2);
            assertThat(valueOf(sheet, "Local authorities")).startsWith("2 rows, one per collectivité (local authority).")
                    .contains("split across 2 sheets with the same columns (\"Local authorities\", \"Local authorities 2\"…, "
                            + "tables \"LocalAuthorities\", \"LocalAuthorities_2\"…)").contains("more than 2 rows");
            assertThat(valueOf(sheet, "Sessions")).doesNotContain("split");
        }
    }
}
