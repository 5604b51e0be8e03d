package org.recits.report.excel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.report.Report;

/** The indicators sheet: its rows fall where the layout said, in the columns of the column model. */
class IndicatorsSheetTest {

    @TempDir
    Path dir;

    @Test
    void rowsFallWhereTheLayoutSaidInTheColumnModelsColumns() throws Exception {
        Report report = Fixtures.report(Locale.FRENCH);
        Texts tx = new Texts(Locale.FRENCH);
        IndicatorLayout layout = IndicatorLayout.of(report, tx);
        Path file = dir.resolve("w.xlsx");
        new WorkbookWriter(WorkbookWriter.EXCEL_MAX_ROWS).write(report, file);
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            Sheet sheet = wb.getSheet(tx.indicators());
            assertThat(SheetCells.row(sheet, 0)).containsExactly((Object[]) TableColumn.headers(IndicatorColumn.class,
                    tx));
            assertThat(sheet.getLastRowNum()).isEqualTo(layout.lastRow());
            layout.current().forEach((code, rows) -> rows.forEach((scope, row) -> {
                List<Object> cells = SheetCells.row(sheet, row);
                assertThat(cells.get(IndicatorColumn.CODE.index())).isEqualTo(code);
                assertThat(cells.get(IndicatorColumn.SCOPE.index())).isEqualTo(tx.scope(scope));
                assertThat(cells.get(IndicatorColumn.REPORT_PERIOD.index())).isEqualTo("oui");
                assertThat(cells.get(IndicatorColumn.VALUE.index()))
                        .isEqualTo(layout.currentValue().get(code).get(scope));
            }));
            // One name per indicator: the programme's value for the period, found by its row's key.
            assertThat(wb.getName("PROT_INTERVENTION_DAYS").getRefersToFormula()).isEqualTo(
                    new IndicatorLookup(tx, layout.lastRow()).formula(IndicatorColumn.VALUE,
                            "PROT_INTERVENTION_DAYS|programme|" + report.period().label(Locale.FRENCH)));
            assertThat(sheet.getSheetConditionalFormatting().getConditionalFormattingAt(0).getFormattingRanges()[0]
                    .formatAsString()).isEqualTo("P2:P55");
        }
    }
}
