package org.recits.report.excel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Rows} reads a workbook's date system once and a style's wrapping only when the style changes
 * (POI reads both from XML for every cell): the cells must be those POI's own calls would make.
 */
class RowsTest {

    private static final LocalDate[] DAYS = {LocalDate.of(2020, 1, 14), LocalDate.of(1904, 1, 2),
        LocalDate.of(1900, 3, 1), LocalDate.of(2099, 12, 31)};

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void datesAreTheValuesPoiWouldStore(boolean date1904) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            setDate1904(wb, date1904);
            Styles st = new Styles(wb, new Texts(Locale.FRENCH));
            Sheet mine = wb.createSheet("mine");
            Sheet poi = wb.createSheet("poi");
            Rows r = new Rows(mine, st);
            for (int i = 0; i < DAYS.length; i++) {
                r.row().date(0, DAYS[i]);
                poi.createRow(i).createCell(0).setCellValue(DAYS[i]);
            }
            for (int i = 0; i < DAYS.length; i++) {
                Cell a = mine.getRow(i).getCell(0);
                Cell b = poi.getRow(i).getCell(0);
                assertThat(a.getNumericCellValue()).isEqualTo(b.getNumericCellValue());
                if (DAYS[i].getYear() > 1904) { // earlier days have no serial number in the 1904 system
                    assertThat(a.getLocalDateTimeCellValue()).isEqualTo(DAYS[i].atStartOfDay());
                }
            }
        }
    }

    @Test
    void streamedDatesFollowTheUnderlyingWorkbooksDateSystem() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            setDate1904(wb, true);
            Styles st = new Styles(wb, new Texts(Locale.FRENCH));
            SXSSFWorkbook sx = new SXSSFWorkbook(wb, 10);
            try {
                Sheet sheet = sx.createSheet("s");
                new Rows(sheet, st).row().date(0, DAYS[0]);
                Sheet poi = sx.createSheet("poi");
                poi.createRow(0).createCell(0).setCellValue(DAYS[0]);
                assertThat(sheet.getRow(0).getCell(0).getNumericCellValue())
                        .isEqualTo(poi.getRow(0).getCell(0).getNumericCellValue());
            } finally {
                sx.dispose();
            }
        }
    }

    private static void setDate1904(XSSFWorkbook wb, boolean on) {
        var ct = wb.getCTWorkbook();
        (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(on);
        assertThat(wb.isDate1904()).isEqualTo(on);
    }

    @Test
    void rowHeightFollowsEachCellsOwnStyleWhenStylesAlternate() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb, new Texts(Locale.FRENCH));
            Sheet sheet = wb.createSheet("s");
            sheet.setColumnWidth(0, 10 * 256);
            Rows r = new Rows(sheet, st);
            String longText = "x".repeat(50);
            r.row().text(0, longText, st.wrap);
            r.row().text(0, longText, st.text);
            r.row().text(0, longText, st.wrap);
            float normal = sheet.getRow(1).getHeightInPoints();
            assertThat(sheet.getRow(0).getHeightInPoints()).isGreaterThan(normal);
            assertThat(sheet.getRow(2).getHeightInPoints()).isEqualTo(sheet.getRow(0).getHeightInPoints());
            assertThat(normal).isEqualTo(sheet.getDefaultRowHeightInPoints());
        }
    }

    @Test
    void aHeaderRowIsAsHighAsItsLabelsNeedInTheirOwnWidths() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb, new Texts(Locale.FRENCH));
            Sheet fits = wb.createSheet("fits");
            // 26 characters in a column 30 wide: one line (it took four in the default width of 8)
            new Rows(fits, st).header(new String[] {"Réponse (telle que saisie)", "Score"}, new int[] {30, 7});
            assertThat(fits.getRow(0).getHeightInPoints()).isEqualTo(fits.getDefaultRowHeightInPoints());
            Sheet wraps = wb.createSheet("wraps");
            new Rows(wraps, st).header(new String[] {"Réponse (telle que saisie)"}, new int[] {20});
            assertThat(wraps.getRow(0).getHeightInPoints()).isEqualTo(30f); // two lines
        }
    }

    @Test
    void aTextIsCutToExcelsLimitWithItsMarkAndNeverBetweenTheHalvesOfACharacter() {
        assertThat(Rows.fitted("court", "…")).isEqualTo("court");
        String exact = "a".repeat(Rows.MAX_TEXT);
        assertThat(Rows.fitted(exact, "…")).isSameAs(exact);
        assertThat(Rows.fitted(exact + "b", " [coupé]")).hasSize(Rows.MAX_TEXT).endsWith("a [coupé]");
        // an emoji (two chars) across the cut: kept whole or left out, never half
        String emoji = "a".repeat(Rows.MAX_TEXT - 2) + "\uD83D\uDE00" + "zzz";
        assertThat(Rows.fitted(emoji, "…")).hasSize(Rows.MAX_TEXT - 1).endsWith("a…");
    }

    /** A text wraps word by word: a word that does not fit begins a line, and the row is as high as the lines. */
    @Test
    void aWrappedTextIsAsHighAsItsWordsMakeItNotItsCharacters() {
        // 33 characters in 16.8 a line: two lines by count, three as LibreOffice wraps them
        assertThat(Rows.fittedHeight("pas de cible\u00a0; tendance seulement", 16)).isEqualTo(45f);
        assertThat(Rows.fittedHeight("vert", 16)).isZero();
        assertThat(Rows.fittedHeight("", 16)).isZero();
        // a word longer than the column is cut over as many lines as it needs
        assertThat(Rows.fittedHeight("x".repeat(40), 16)).isEqualTo(45f);
        assertThat(Rows.fittedHeight("un\ndeux", 16)).isEqualTo(30f);
    }
}
