package org.recits.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxTest {
    @TempDir
    Path dir;

    private Path workbook() throws IOException {
        Path f = dir.resolve("data.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle dateTime = wb.createCellStyle();
            dateTime.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00 €"));
            wb.createSheet("collectivites").createRow(0).createCell(0).setCellValue("id");
            Sheet s = wb.createSheet("sessions");
            var h = s.createRow(0);
            h.createCell(0).setCellValue("id");
            h.createCell(1).setCellValue("Date");
            h.createCell(2).setCellValue("Jours");
            h.createCell(3).setCellValue("Total");
            h.createCell(4).setCellValue("Montant");
            var r = s.createRow(1);
            r.createCell(0).setCellValue("S1");
            r.createCell(1).setCellValue(LocalDate.of(2020, 1, 30));
            r.getCell(1).setCellStyle(date);
            r.createCell(2).setCellValue(2.0);
            r.createCell(3).setCellFormula("C2*1.5");
            r.createCell(4).setCellValue(1234.5);
            r.getCell(4).setCellStyle(money);
            // row 3 empty: skipped; row 4 has a gap in column B
            var r4 = s.createRow(3);
            r4.createCell(0).setCellValue("S2");
            r4.createCell(2).setCellValue(1e7);
            r4.createCell(4).setCellValue(0.1);
            var r5 = s.createRow(4);
            r5.createCell(0).setCellValue("S3");
            r5.createCell(1).setCellValue(LocalDateTime.of(2021, 3, 4, 10, 30));
            r5.getCell(1).setCellStyle(dateTime);
            r5.createCell(2).setCellValue(true);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
        }
        return f;
    }

    @Test
    void sheetNamesInOrder() throws IOException {
        assertThat(Tables.sheets(workbook())).containsExactly("collectivites", "sessions");
    }

    @Test
    void cellsAsText() throws IOException {
        Path f = workbook();
        try (Table t = Tables.sheet(f, "data.xlsx#sessions", "sessions")) {
            assertThat(t.name()).isEqualTo("data.xlsx#sessions");
            assertThat(t.header()).containsExactly("id", "Date", "Jours", "Total", "Montant");
            assertThat(t.headerLine()).isEqualTo(1);
            assertThat(t.charset()).isNull();
            assertThat(t.separator()).isEqualTo((char) 0);
            List<Row> rows = new ArrayList<>();
            t.forEach(rows::add);
            assertThat(rows).extracting(Row::line).containsExactly(2L, 4L, 5L);
            // 2 * 1.5 = 3 (formula by cached value), 1234.5 plain despite the currency format
            assertThat(rows.get(0).cells()).containsExactly("S1", "2020-01-30", "2", "3", "1234.5");
            assertThat(rows.get(1).cells()).containsExactly("S2", "", "10000000", "", "0.1");
            assertThat(rows.get(2).cells()).containsExactly("S3", "2021-03-04T10:30", "TRUE");
            assertThat(Values.date(rows.get(2).cell(1))).isEqualTo(LocalDate.of(2021, 3, 4));
        }
    }

    @Test
    void unknownSheetAndNonWorkbook() throws IOException {
        Path f = workbook();
        assertThatThrownBy(() -> Tables.sheet(f, "x", "absent")).isInstanceOf(IOException.class)
                .hasMessageContaining("absent");
        Path txt = Files.writeString(dir.resolve("faux.xlsx"), "pas un classeur");
        assertThatThrownBy(() -> Tables.sheets(txt)).isInstanceOf(IOException.class);
    }

    @Test
    void realSurveyMonkeyWorkbook() throws IOException {
        Path f = RealData.file("surveymonkey-two-row-header/Mental Illness Survey 1.xlsx");
        List<String> sheets = Tables.sheets(f);
        assertThat(sheets).isNotEmpty();
        try (Table t = Tables.sheet(f, "x", sheets.get(0))) {
            assertThat(t.header()).startsWith("Respondent ID", "Collector ID", "Start Date");
            List<Row> rows = new ArrayList<>();
            t.forEach(rows::add);
            // second header row + 334 respondents (README)
            assertThat(rows).hasSize(335);
            assertThat(rows.get(1).cell(2)).matches("\\d{4}-\\d{2}-\\d{2}(T.*)?");
        }
    }
}
