package org.recits.report.excel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.data.Dataset;
import org.recits.api.data.Pseudonyms;
import org.recits.api.model.Attendance;
import org.recits.api.model.Collectivite;
import org.recits.api.model.Funding;
import org.recits.api.model.FundingType;
import org.recits.api.model.GroupWeather;
import org.recits.api.model.Measure;
import org.recits.api.model.Participant;
import org.recits.api.model.Period;
import org.recits.api.model.Quote;
import org.recits.api.model.Role;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;
import org.recits.api.model.SessionType;
import org.recits.api.model.SourceRef;
import org.recits.api.model.SurveyAnswer;
import org.recits.api.model.Wave;
import org.recits.api.report.Report;

/**
 * The records sheets read back as a funder's tool reads them: each an Excel table named as the read-me says,
 * a header row, one row per record, typed cells; what may not be published is absent and counted; a table
 * past the row limit goes on across numbered sheets.
 */
class DataSheetsTest {

    static final Period P = Period.quarter(2020, 1);
    private static final String TOKEN = "a8Bk2LmQ9xZp3Rt";

    @TempDir
    Path dir;

    static Dataset data() {
        return Dataset.builder()
                .add(new Collectivite("mulhouse", "Mulhouse", "commune", "transfo", LocalDate.of(2019, 9, 1), null,
                        null, new SourceRef("collectivites.csv", 2)))
                .add(new Collectivite("colmar", "=Colmar", "commune", null, null, null, null,
                        new SourceRef("collectivites.csv", 3)))
                .add(new Participant("mulhouse", "P1", Role.AMBASSADEUR, "DRH", "A", LocalDate.of(2019, 9, 1), null,
                        Map.of("nom_reel", "Marie Martin"), new SourceRef("participants.csv", 2)))
                .add(new Session("mulhouse", "S1", LocalDate.of(2020, 1, 14), 1.5, SessionType.SESSION, "Mairie",
                        List.of("C1", "C2"), true, null, new SourceRef("sessions.csv", 2)))
                .add(new Attendance("mulhouse", "S1", "P1", null, null, new SourceRef("presences.csv", 2)))
                .add(new GroupWeather("mulhouse", "S1", 4, "P1", "Marie a trouvé ça long", null,
                        new SourceRef("meteo.csv", 2)))
                .add(new Funding("mulhouse", "Fondation X", FundingType.FONDATION, new BigDecimal("12000.50"),
                        LocalDate.of(2019, 11, 5), null, null, new SourceRef("financements.csv", 2)))
                .add(quote("On a enfin parlé aux usagers", true))
                .add(quote("Le chef de service nous bloque", false))
                .add(new SurveyAnswer("mulhouse", "barometre", TOKEN, LocalDate.of(2020, 2, 3), Wave.APRES, "agent",
                        "q1", Measure.DEMOCRATIE, 4.0, "Plutôt d’accord", new SourceRef("enquetes/barometre.csv", 2)))
                .add(new SurveyAnswer("mulhouse", "barometre", TOKEN, LocalDate.of(2020, 2, 3), Wave.APRES, "agent",
                        "q2", Measure.DEMOCRATIE, null, "Mon adresse est 3 rue X",
                        new SourceRef("enquetes/barometre.csv", 2)))
                .add(new SurveyAnswer("mulhouse", "barometre", "12", LocalDate.of(2020, 2, 4), Wave.APRES, "agent",
                        "q1", Measure.DEMOCRATIE, 2.0, "Plutôt pas d’accord", new SourceRef("enquetes/barometre.csv", 3)))
                .build();
    }

    private static Quote quote(String text, boolean consent) {
        return new Quote("mulhouse", text, LocalDate.of(2020, 1, 14), "S1", null, "agent", Measure.DEMOCRATIE, consent,
                null, new SourceRef("verbatims.csv", consent ? 2 : 3));
    }

    /** Threshold 1: the tables' layout is tested here, every row published (small groups: WithheldTest). */
    static Report report(Dataset data, Locale locale) {
        return new Report(P, List.of(), List.of(Scope.programme()), locale, P.end(), List.of(), data,
                data.quotes(Scope.programme()).stream().filter(Quote::consent).toList(), List.of(), List.of(), 1);
    }

    private XSSFWorkbook write(int maxRowsPerSheet) throws IOException {
        Path file = dir.resolve("w" + maxRowsPerSheet + ".xlsx");
        new WorkbookWriter(maxRowsPerSheet).write(report(data(), Locale.FRENCH), file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** Every row as its cells' values: strings, numbers, or dates for cells formatted as dates. */
    private static List<List<Object>> values(XSSFSheet sheet, int columns) {
        List<List<Object>> out = new ArrayList<>();
        for (Row r : sheet) {
            List<Object> row = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                Cell cell = r.getCell(c);
                if (cell == null || cell.getCellType() == CellType.BLANK) {
                    row.add(null);
                } else if (cell.getCellType() == CellType.STRING) {
                    row.add(cell.getStringCellValue());
                } else {
                    assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
                    row.add(DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate()
                            : (Object) cell.getNumericCellValue());
                }
            }
            out.add(row);
        }
        return out;
    }

    private static XSSFTable table(XSSFSheet sheet) {
        assertThat(sheet.getTables()).as(sheet.getSheetName()).hasSize(1);
        return sheet.getTables().get(0);
    }

    @Test
    void eachKindOfRecordIsANamedTableWithAHeaderRowAndOneTypedRowPerRecord() throws IOException {
        try (XSSFWorkbook wb = write(WorkbookWriter.EXCEL_MAX_ROWS)) {
            List<String> names = new ArrayList<>();
            for (String sheet : List.of("Collectivités", "Participants", "Sessions", "Présences", "Cas pratiques",
                    "Financements", "Météo", "Verbatims", "Réponses")) {
                XSSFSheet s = wb.getSheet(sheet);
                XSSFTable t = table(s);
                names.add(t.getName());
                // the table covers the header and every row (one empty row when there is no record: Excel wants one)
                int rows = Math.max(1, s.getLastRowNum());
                assertThat(t.getArea().formatAsString()).as(sheet)
                        .isEqualTo("A1:" + (char) ('A' + t.getColumnCount() - 1) + (rows + 1));
                assertThat(t.getCTTable().getAutoFilter().getRef()).isEqualTo(t.getArea().formatAsString());
                assertThat(s.getCTWorksheet().isSetAutoFilter()).as("no second filter over the table").isFalse();
                // its columns are named as the header's cells, as Excel requires
                List<Object> header = values(s, t.getColumnCount()).get(0);
                assertThat(t.getColumns().stream().map(c -> (Object) c.getName()).toList()).isEqualTo(header);
                assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            }
            assertThat(names).containsExactly("Collectivites", "Participants", "Sessions", "Presences", "CasPratiques",
                    "Financements", "Meteo", "Verbatims", "Reponses");

            assertThat(values(wb.getSheet("Collectivités"), 7)).containsExactly(
                    List.of("Identifiant", "Nom", "Type", "Programme", "Début", "Fin", "Source"),
                    list("mulhouse", "Mulhouse", "commune", "transfo", LocalDate.of(2019, 9, 1), null,
                            "collectivites.csv:2"),
                    // a text that starts with = stays a text, never a formula
                    list("colmar", "=Colmar", "commune", null, null, null, "collectivites.csv:3"));
            // participants without the lab's extra columns
            assertThat(values(wb.getSheet("Participants"), 8)).containsExactly(
                    List.of("Collectivité", "Identifiant", "Rôle", "Direction", "Catégorie", "Date d’entrée",
                            "Date de sortie", "Source"),
                    list("mulhouse", "P1", "ambassadeur", "DRH", "A", LocalDate.of(2019, 9, 1), null,
                            "participants.csv:2"));
            assertThat(values(wb.getSheet("Sessions"), 9).get(1)).containsExactly("mulhouse", "S1",
                    LocalDate.of(2020, 1, 14), 1.5, "session", "Mairie", "C1;C2", "oui", "sessions.csv:2");
            // presence and weather rows carry their session's date; the weather comment is not published
            assertThat(values(wb.getSheet("Présences"), 6)).containsExactly(
                    List.of("Collectivité", "Session", "Date de la session", "Participant", "Jours présents", "Source"),
                    list("mulhouse", "S1", LocalDate.of(2020, 1, 14), "P1", null, "presences.csv:2"));
            assertThat(values(wb.getSheet("Météo"), 6)).containsExactly(
                    List.of("Collectivité", "Session", "Date de la session", "Participant", "Score", "Source"),
                    list("mulhouse", "S1", LocalDate.of(2020, 1, 14), "P1", 4.0, "meteo.csv:2"));
            assertThat(values(wb.getSheet("Financements"), 7).get(1)).containsExactly("mulhouse", "Fondation X",
                    "fondation", 12000.5, LocalDate.of(2019, 11, 5), null, "financements.csv:2");
            // an amount with cents shows them, in euros; the format says French, for LibreOffice's separators
            assertThat(wb.getSheet("Financements").getRow(1).getCell(3).getCellStyle().getDataFormatString())
                    .isEqualTo("[$-40C]#,##0.00\\ \"€\"");
            // the quote whose author agreed, not the other
            assertThat(values(wb.getSheet("Verbatims"), 8)).containsExactly(
                    List.of("Collectivité", "Date", "Session", "Cas pratique", "Rôle", "Valeur", "Texte", "Source"),
                    list("mulhouse", LocalDate.of(2020, 1, 14), "S1", null, "agent", "democratie",
                            "On a enfin parlé aux usagers", "verbatims.csv:2"));
            // one row per scored answer, measure and score side by side; the token is not published as is
            assertThat(values(wb.getSheet("Réponses"), 12)).containsExactly(
                    List.of("Collectivité", "Questionnaire", "Répondant", "Vague", "Rôle", "Date", "Trimestre",
                            "Question", "Mesure", "Réponse (telle que saisie)", "Score", "Source"),
                    list("mulhouse", "barometre", Pseudonyms.EXAMPLE.of(TOKEN), "apres", "agent",
                            LocalDate.of(2020, 2, 3), "2020-T1", "q1", "democratie", "Plutôt d’accord", 4.0,
                            "enquetes/barometre.csv:2"),
                    list("mulhouse", "barometre", Pseudonyms.EXAMPLE.of("12"), "apres", "agent", LocalDate.of(2020, 2, 4),
                            "2020-T1", "q1",
                            "democratie", "Plutôt pas d’accord", 2.0, "enquetes/barometre.csv:3"));

            StringBuilder everything = new StringBuilder();
            wb.forEach(s -> s.forEach(r -> r.forEach(c -> everything.append(c).append('\n'))));
            assertThat(everything).doesNotContain(TOKEN).doesNotContain("Marie").doesNotContain("nous bloque")
                    .doesNotContain("3 rue X");
            // what was left out is counted on the read-me
            XSSFSheet readMe = wb.getSheet("Lisez-moi");
            int row = SheetCells.firstColumn(readMe).indexOf("Non publiés");
            assertThat(String.valueOf(SheetCells.row(readMe, row).get(1))).startsWith(
                    "1 réponse d’enquête en texte libre (les enquêtes ne recueillent pas de consentement à leur "
                            + "publication), 1 commentaire de météo (de même), 1 verbatim sans consentement");
        }
    }

    private static List<Object> list(Object... cells) {
        return java.util.Arrays.asList(cells);
    }

    @Test
    void aTablePastTheRowLimitGoesOnAcrossNumberedSheetsWithTheSameColumnsAndANote() throws IOException {
        // two rows per sheet with the header: the two collectivités take two sheets, two tables
        try (XSSFWorkbook all = write(WorkbookWriter.EXCEL_MAX_ROWS); XSSFWorkbook split = write(2)) {
            assertThat(split.getSheet("Collectivités 2")).isNotNull();
            assertThat(split.getSheet("Collectivités 3")).isNull();
            assertThat(split.getSheet("Sessions 2")).isNull();
            assertThat(split.getSheet("Réponses 2")).isNotNull();
            List<List<Object>> joined = new ArrayList<>(values(split.getSheet("Collectivités"), 7));
            List<List<Object>> second = values(split.getSheet("Collectivités 2"), 7);
            assertThat(second.get(0)).isEqualTo(joined.get(0)); // the same columns
            joined.addAll(second.subList(1, second.size()));
            assertThat(joined).isEqualTo(values(all.getSheet("Collectivités"), 7));
            assertThat(table(split.getSheet("Collectivités")).getName()).isEqualTo("Collectivites");
            assertThat(table(split.getSheet("Collectivités 2")).getName()).isEqualTo("Collectivites_2");
            assertThat(table(split.getSheet("Collectivités 2")).getArea().formatAsString()).isEqualTo("A1:G2");
            assertThat(split.getSheet("Collectivités 2").getCellComment(new org.apache.poi.ss.util.CellAddress("A1"))
                    .getString().getString()).isEqualTo("Tableau «\u00a0Collectivités\u00a0», feuille 2 sur 2\u00a0: "
                            + "lignes 2 à 2. Une feuille ne peut dépasser 2 lignes\u00a0; les autres feuilles du "
                            + "tableau ont les mêmes colonnes.");
            XSSFSheet readMe = split.getSheet("Lisez-moi");
            int row = SheetCells.firstColumn(readMe).indexOf("Collectivités");
            assertThat(String.valueOf(SheetCells.row(readMe, row).get(1)))
                    .contains("réparti sur 2 feuilles de mêmes colonnes");
        }
    }

    /** A verbatim longer than Excel keeps in a cell (32 767 characters): cut, and the cell says so (issue 17). */
    @Test
    void aTextLongerThanExcelKeepsIsCutAndSaysSo() throws IOException {
        String longText = "Nous avons appris beaucoup. ".repeat(1_500); // 42 000 characters
        Dataset data = Dataset.builder().add(quote(longText, true)).build();
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            Path file = dir.resolve("long-" + locale + ".xlsx");
            new WorkbookWriter(WorkbookWriter.EXCEL_MAX_ROWS).write(report(data, locale), file);
            String longest = "";
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
                    for (Row r : sheet) {
                        for (Cell c : r) {
                            if (c.getCellType() == CellType.STRING && c.getStringCellValue().length() > longest.length()) {
                                longest = c.getStringCellValue();
                            }
                        }
                    }
                }
            }
            assertThat(longest).hasSize(Rows.MAX_TEXT).startsWith("Nous avons appris beaucoup. Nous avons")
                    .endsWith(locale == Locale.FRENCH ? "… [texte coupé\u00a0: Excel ne garde que 32767\u00a0caractères par cellule]"
                            : "… [text cut: Excel keeps only 32767 characters in a cell]");
        }
    }
}
