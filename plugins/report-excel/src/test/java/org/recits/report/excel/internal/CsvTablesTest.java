package org.recits.report.excel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.report.Progress;
import org.recits.api.report.RenderContext;

class CsvTablesTest {

    @TempDir
    Path out;

    private List<Path> render(Locale locale, Set<String> formats) throws IOException {
        return new ExcelRenderer().render(Fixtures.report(locale), new RenderContext(out, Progress.NONE, formats));
    }

    private List<CSVRecord> read(Path file, char delimiter) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        // UTF-8 with a BOM, so that a spreadsheet opening it knows the encoding
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n");
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).build().parse(new StringReader(text)).getRecords();
    }

    @Test
    void csvIsWrittenOnlyWhenAsked() throws IOException {
        assertThat(render(Locale.FRENCH, Set.of())).containsExactly(Path.of("recits-2020-T1.xlsx"));
        assertThat(render(Locale.FRENCH, Set.of("csv"))).containsExactly(Path.of("recits-2020-T1.xlsx"),
                Path.of("recits-2020-T1-indicateurs.csv"), Path.of("recits-2020-T1-donnees-collectivites.csv"),
                Path.of("recits-2020-T1-donnees-participants.csv"), Path.of("recits-2020-T1-donnees-sessions.csv"),
                Path.of("recits-2020-T1-donnees-presences.csv"), Path.of("recits-2020-T1-donnees-cas-pratiques.csv"),
                Path.of("recits-2020-T1-donnees-financements.csv"), Path.of("recits-2020-T1-donnees-meteo.csv"),
                Path.of("recits-2020-T1-donnees-verbatims.csv"), Path.of("recits-2020-T1-donnees-reponses.csv"));
    }

    @Test
    void frenchIndicatorsTableSaysWhatTheSheetSays() throws IOException {
        render(Locale.FRENCH, Set.of("csv"));
        List<CSVRecord> rows = read(out.resolve("recits-2020-T1-indicateurs.csv"), ';');
        // The sheet's columns but its last, the key its formulas find rows by.
        assertThat(rows.get(0).toList()).containsExactly(Arrays.copyOf(TableColumn.headers(IndicatorColumn.class,
                new Texts(Locale.FRENCH)), IndicatorColumn.count() - 1));
        // 6 indicators × 3 scopes × 3 periods (Fixtures), plus the header
        assertThat(rows).hasSize(55);
        // programme attendance, current quarter: 90 ÷ 120 = 0,75, decimal comma, ISO dates
        assertThat(rows.get(3).toList()).startsWith("Participation", "PART_ATTENDANCE_RATE", "Taux de présence",
                "programme", "2020-T1", "2020-01-01", "2020-03-31", "0,75", "%", "90", "120", "12");
        // Strasbourg's suppressed quarter: the mask, nothing that would give the figure back
        CSVRecord hidden = rows.get(8);
        assertThat(hidden.get(4)).isEqualTo("2019-T4");
        assertThat(hidden.get(7)).isEqualTo("masqué (< 5 personnes)");
        assertThat(List.of(hidden.get(9), hidden.get(10), hidden.get(11), hidden.get(12), hidden.get(16)))
                .containsOnly("");

        // every value agrees with the workbook's typed cell on the same row
        try (InputStream in = Files.newInputStream(out.resolve("recits-2020-T1.xlsx"));
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet("Indicateurs");
            for (int i = 1; i < rows.size(); i++) {
                Cell cell = sheet.getRow(i).getCell(IndicatorColumn.VALUE.index());
                String csv = rows.get(i).get(IndicatorColumn.VALUE.index());
                if (cell.getCellType() == CellType.NUMERIC) {
                    assertThat(Double.parseDouble(csv.replace(',', '.'))).as("row " + i)
                            .isEqualTo(cell.getNumericCellValue());
                } else {
                    assertThat(csv).as("row " + i).isEqualTo(cell.getStringCellValue());
                }
            }
        }
    }

    @Test
    void englishUsesCommasAndDecimalPoints() throws IOException {
        render(Locale.ENGLISH, Set.of("csv"));
        List<CSVRecord> rows = read(out.resolve("recits-2020-T1-indicators.csv"), ',');
        assertThat(rows.get(3).toList()).startsWith("Participation", "PART_ATTENDANCE_RATE", "Attendance rate",
                "programme", "2020-Q1", "2020-01-01", "2020-03-31", "0.75");
        List<CSVRecord> data = read(out.resolve("recits-2020-T1-data-sessions.csv"), ',');
        assertThat(data).hasSize(2); // the header and Fixtures.data's one session
        assertThat(data.get(0).toList()).containsExactly("Collectivité", "Id", "Date", "Days", "Type", "Place",
                "Practical cases", "Lab work", "Source");
        assertThat(data.get(1).toList()).containsExactly("mulhouse", "S1", "2020-01-14", "2", "session", "", "",
                "non", "sessions.csv:2");
    }

    @Test
    void dataTableKeepsTypesAsText() throws IOException {
        render(Locale.FRENCH, Set.of("csv"));
        List<CSVRecord> data = read(out.resolve("recits-2020-T1-donnees-financements.csv"), ';');
        assertThat(data.get(0).toList()).containsExactly("Collectivité", "Financeur", "Type", "Montant (€)", "Date",
                "Objet", "Source");
        assertThat(data.get(1).toList()).containsExactly("mulhouse", "Fondation X", "fondation", "12000",
                "2019-11-05", "", "financements.csv:2");
    }

    @Test
    void eachRecordsTableIsAFileWithTheSheetsRowsAndNoFormula() throws IOException {
        List<Path> files = new CsvTables(new Texts(Locale.FRENCH))
                .write(DataSheetsTest.report(DataSheetsTest.data(), Locale.FRENCH), out);
        assertThat(files).hasSize(10).contains(Path.of("recits-2020-T1-donnees-reponses.csv"));
        // a name starting with = comes out as text
        List<CSVRecord> collectivites = read(out.resolve("recits-2020-T1-donnees-collectivites.csv"), ';');
        assertThat(collectivites.get(2).toList()).containsExactly("colmar", "'=Colmar", "commune", "", "", "",
                "collectivites.csv:3");
        // one line per scored answer: measure and score side by side, decimal comma, respondent not as given
        List<CSVRecord> answers = read(out.resolve("recits-2020-T1-donnees-reponses.csv"), ';');
        assertThat(answers).hasSize(3);
        assertThat(answers.get(1).toList()).containsExactly("mulhouse", "barometre",
                org.recits.api.data.Pseudonyms.EXAMPLE.of("a8Bk2LmQ9xZp3Rt"), "apres", "agent", "2020-02-03",
                "2020-T1", "q1", "democratie", "Plutôt d’accord", "4", "enquetes/barometre.csv:2");
        List<CSVRecord> funding = read(out.resolve("recits-2020-T1-donnees-financements.csv"), ';');
        assertThat(funding.get(1).get(3)).isEqualTo("12000,5");
    }

    @Test
    void noTextCellRunsAsAFormulaAndNumbersStayNumbers() {
        CsvTables csv = new CsvTables(new Texts(Locale.FRENCH));
        assertThat(csv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(csv.cell("+33 6 12")).isEqualTo("'+33 6 12");
        assertThat(csv.cell("-moins")).isEqualTo("'-moins");
        assertThat(csv.cell("@SOMME(A1)")).isEqualTo("'@SOMME(A1)");
        assertThat(csv.cell("\tcaché")).isEqualTo("'\tcaché");
        assertThat(csv.cell("Mulhouse = ville")).isEqualTo("Mulhouse = ville");
        assertThat(csv.cell(-0.5)).isEqualTo("-0,5");
        assertThat(csv.cell(1234567.0)).isEqualTo("1234567");
        assertThat(csv.cell(1e-7)).isEqualTo("0,0000001");
        assertThat(csv.cell(12)).isEqualTo("12");
        assertThat(csv.cell(LocalDate.of(2020, 3, 31))).isEqualTo("2020-03-31");
        assertThat(csv.cell(null)).isEmpty();
    }
}
