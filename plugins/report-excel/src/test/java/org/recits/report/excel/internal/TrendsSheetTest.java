package org.recits.report.excel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TrendsSheetTest {

    private static Sheet write(XSSFWorkbook wb, Locale locale) {
        Texts tx = new Texts(locale);
        Sheet sheet = wb.createSheet(tx.trends());
        Styles st = new Styles(wb, tx);
        TrendsSheet.write(new Rows(sheet, st), Fixtures.report(locale), tx, st);
        return sheet;
    }

    @Test
    void oneColumnPerPeriodAfterTheFixedOnesOldestFirst() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = write(wb, Locale.FRENCH);
            assertThat(SheetCells.row(sheet, 0)).containsExactly("Code", "Indicateur", "Périmètre", "Unité",
                    "2019-T3", "2019-T4", "2020-T1");
            assertThat(SheetCells.row(sheet, 0).get(TrendsSheet.FIRST_PERIOD_COL)).isEqualTo("2019-T3");
        }
    }

    @Test
    void oneRowPerIndicatorAndScopeWithMasksAndNa() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = write(wb, Locale.FRENCH);
            assertThat(sheet.getLastRowNum()).isEqualTo(18); // 6 indicators × 3 scopes
            assertThat(SheetCells.row(sheet, 1)).containsExactly("PART_ATTENDANCE_RATE", "Taux de présence",
                    "programme", "%", 0.75, 0.7, 0.75);
            // Strasbourg: its 2019-T4 attendance is suppressed
            assertThat(SheetCells.row(sheet, 3).get(5)).isEqualTo("masqué (< 5 personnes)");
            // Strasbourg's lab work start cannot be computed in any period
            assertThat(SheetCells.row(sheet, 9)).endsWith("n/d", "n/d", "n/d");
            assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 3);
        }
    }

    @Test
    void inEnglish() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = write(wb, Locale.ENGLISH);
            assertThat(SheetCells.row(sheet, 0)).containsExactly("Code", "Indicator", "Scope", "Unit", "2019-Q3",
                    "2019-Q4", "2020-Q1");
            assertThat(SheetCells.row(sheet, 9)).endsWith("n/a", "n/a", "n/a");
        }
    }
}
