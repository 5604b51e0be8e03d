package org.recits.report.excel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.recits.api.report.Report;

class DefinitionsSheetTest {

    @Test
    void oneRowPerIndicatorInSheetOrder() throws IOException {
        Report report = Fixtures.report(Locale.FRENCH);
        Texts tx = new Texts(Locale.FRENCH);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet(tx.definitions());
            DefinitionsSheet.write(new Rows(sheet, new Styles(wb, tx)), report, tx, IndicatorLayout.of(report, tx));
            assertThat(SheetCells.row(sheet, 0)).containsExactly("Code", "Indicateur", "Description", "Formule",
                    "Unité", "Sens", "Famille", "Temporalité", "Agrégation (programme)", "Cible", "Source");
            assertThat(SheetCells.firstColumn(sheet)).containsExactly("Code", "PART_ATTENDANCE_RATE",
                    "PROT_INTERVENTION_DAYS", "PROT_LAB_WORK_START", "FIN_COLLECTIVITE_SHARE", "FIN_PARTNER_SHARE",
                    "VAL_DEMOCRATIE");
            assertThat(SheetCells.row(sheet, 1).get(1)).isEqualTo("Taux de présence");
            // No bundle name nor version where a funder reads (Provenance has them, labelled).
            assertThat(SheetCells.row(sheet, 1)).hasSize(11).noneMatch(c -> String.valueOf(c).contains(Fixtures.PROVIDER));
            assertThat(sheet.getRow(1).getCell(2).getCellStyle().getWrapText()).isTrue();
        }
    }
}
