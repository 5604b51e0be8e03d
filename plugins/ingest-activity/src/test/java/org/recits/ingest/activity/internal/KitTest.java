package org.recits.ingest.activity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.data.Dataset;
import org.recits.api.data.Finding;
import org.recits.api.ingest.InputFile;
import org.recits.api.ingest.Reading;
import org.recits.api.model.Role;
import org.recits.api.model.Scope;
import org.recits.api.model.SessionType;

/** The kit of {@code recits init}: its files, the workbook as POI reads it, and what the reader makes of it. */
class KitTest {

    private static final String NB = "\u00a0";

    @TempDir
    Path tmp;

    private Path kit(Locale locale) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("kit-" + locale));
        new ActivityIngestor().writeKit(dir, locale);
        return dir;
    }

    @Test
    void writesTwoDataFoldersToChooseFromAndSaysSo() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("kit"));
        List<Path> written = new ActivityIngestor().writeKit(dir, Locale.FRENCH);
        assertThat(written.stream().map(Path::toString)).containsExactly("LISEZMOI.txt",
                "classeur/modele-recits.xlsx", "classeur/enquetes/LISEZMOI.txt", "csv/collectivites.csv",
                "csv/participants.csv", "csv/sessions.csv", "csv/presences.csv", "csv/cas.csv", "csv/financements.csv",
                "csv/verbatims.csv", "csv/meteo.csv", "csv/enquetes/LISEZMOI.txt");
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(Files::isRegularFile).count()).isEqualTo(written.size());
        }
        assertThat(Files.readString(dir.resolve("LISEZMOI.txt"))).startsWith("\uFEFFModèle Récits")
                .contains("  recits verifier --data classeur   (ou --data csv)\r\n");
        assertThat(Files.readString(dir.resolve("classeur/enquetes/LISEZMOI.txt"))).contains("NOM.mapping.csv");
    }

    @Test
    void csvFilesAreSemicolonSeparatedUtf8WithABomAndHoldTheHeaderAndTheExample() throws IOException {
        Path dir = kit(Locale.FRENCH);
        byte[] bytes = Files.readAllBytes(dir.resolve("csv/financements.csv"));
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8).substring(1)).isEqualTo(
                "collectivite;financeur;type;montant_eur;date;objet\r\n"
                        + "exemple;Fondation de France;fondation;12 500,00 €;15/01/2020;Formation des ambassadeurs\r\n");
    }

    @Test
    void workbookHasTypedColumnsCommentsAndDropDownListsForEveryVocabulary() throws IOException {
        Path dir = kit(Locale.FRENCH);
        try (InputStream in = Files.newInputStream(dir.resolve("classeur/modele-recits.xlsx"));
                Workbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetName(0)).isEqualTo("À lire");
            assertThat(wb.getSheetAt(0).getRow(2).getCell(0).getStringCellValue()).contains("collectivites");
            // an instruction longer than its column gets the lines it wraps to (it printed over the next one)
            Sheet readme = wb.getSheetAt(0);
            for (int r = 2; r <= readme.getLastRowNum(); r++) {
                String text = readme.getRow(r).getCell(0).getStringCellValue();
                assertThat(readme.getRow(r).getHeightInPoints()).as(text).isGreaterThanOrEqualTo(text.length() > 100 ? 30f : 15f);
            }
            // every sheet prints on A4 landscape, one page wide: the instructions' wide column was cut in portrait
            for (Sheet sheet : wb) {
                assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
                assertThat(sheet.getFitToPage()).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
            }
            for (Kind kind : Kind.values()) {
                Sheet sheet = wb.getSheet(kind.table);
                assertThat(sheet).as(kind.table).isNotNull();
                for (int i = 0; i < kind.columns.size(); i++) {
                    Column column = kind.columns.get(i);
                    Cell header = sheet.getRow(0).getCell(i);
                    assertThat(header.getStringCellValue()).isEqualTo(column.name());
                    assertThat(header.getCellComment().getString().getString())
                            .contains(column.required() ? "Obligatoire." : "Facultative.")
                            .contains("Exemple\u00a0: " + column.example());
                    Cell example = sheet.getRow(1).getCell(i);
                    switch (column.type().form()) {
                        case DATE -> {
                            assertThat(example.getCellType()).as(column.name()).isEqualTo(CellType.NUMERIC);
                            assertThat(DateUtil.isCellDateFormatted(example)).as(column.name()).isTrue();
                            assertThat(sheet.getColumnStyle(i).getDataFormatString()).isEqualTo("dd/mm/yyyy");
                        }
                        case AMOUNT -> {
                            assertThat(example.getNumericCellValue()).isEqualTo(12500.0);
                            assertThat(example.getCellStyle().getDataFormatString()).contains("€");
                            assertThat(sheet.getColumnStyle(i).getDataFormatString()).contains("€");
                        }
                        case DAYS -> assertThat(example.getCellType()).isEqualTo(CellType.NUMERIC);
                        default -> {
                            assertThat(example.getStringCellValue()).isEqualTo(column.example());
                            assertThat(sheet.getColumnStyle(i).getDataFormatString()).isEqualTo("@");
                        }
                    }
                    assertThat(wb.getFontAt(example.getCellStyle().getFontIndex()).getItalic()).isTrue();
                }
            }
            assertThat(listOf(wb.getSheet("participants"), 2)).containsExactlyElementsOf(
                    Arrays.stream(Role.values()).map(Role::code).toList());
            assertThat(listOf(wb.getSheet("sessions"), 4)).containsExactlyElementsOf(
                    Arrays.stream(SessionType.values()).map(SessionType::code).toList());
            assertThat(listOf(wb.getSheet("sessions"), 7)).containsExactly("oui", "non");
            assertThat(listOf(wb.getSheet("meteo"), 2)).containsExactly("soleil", "eclaircie", "nuageux", "pluie",
                    "orage");
            // one drop-down list per vocabulary or yes/no column, nothing on the others
            for (Kind kind : Kind.values()) {
                long lists = kind.columns.stream().filter(c -> !KitText.dropDown(c).isEmpty()).count();
                assertThat(wb.getSheet(kind.table).getDataValidations()).as(kind.table).hasSize((int) lists);
            }
        }
    }

    /** The values of the drop-down list on a column, from row 2 to {@link KitWorkbook#ROWS}. */
    private static List<String> listOf(Sheet sheet, int column) {
        for (DataValidation v : sheet.getDataValidations()) {
            CellRangeAddress range = v.getRegions().getCellRangeAddress(0);
            if (range.getFirstColumn() == column) {
                assertThat(range.getFirstRow()).isEqualTo(1);
                assertThat(range.getLastRow()).isEqualTo(KitWorkbook.ROWS);
                assertThat(v.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);
                return Arrays.asList(v.getValidationConstraint().getExplicitListValues());
            }
        }
        throw new AssertionError("no list on column " + column + " of " + sheet.getSheetName());
    }

    @Test
    void theKitAsWrittenHoldsNoDataTheExampleRowsAreLeftAsideAndSaidSo() throws IOException {
        Path dir = kit(Locale.FRENCH);
        for (String folder : List.of("classeur", "csv")) {
            Lab lab = new Lab(dir.resolve(folder));
            Dataset d = lab.read();
            assertThat(Lab.describe(d.findings())).as(folder).isEmpty();
            // it held the collectivité « exemple » and one row of each table, counted in every figure
            assertThat(d.collectivites()).as(folder).isEmpty();
            assertThat(d.sessions(Scope.programme())).isEmpty();
            assertThat(d.funding(Scope.programme())).isEmpty();
            assertThat(lab.counts.values().stream().flatMap(List::stream).mapToLong(c -> c.read()).sum()).isZero();
        }
        Reading sheets = new ActivityIngestor().read(InputFile.of(dir.resolve("classeur/modele-recits.xlsx"),
                "modele-recits.xlsx"), Dataset.builder());
        assertThat(sheets.tables()).hasSize(Kind.values().length).allSatisfy(t -> assertThat(t.recognised().fr())
                .endsWith(", ligne 2 ignorée" + NB + ": exemple du modèle (collectivité «" + NB + "exemple" + NB + "»)"));
        assertThat(sheets.tables().get(2).recognised().en())
                .isEqualTo("sheet \"sessions\": table of sessions, line 2 left aside: the template's example (local authority \"exemple\")");
        Reading csv = new ActivityIngestor().read(InputFile.of(dir.resolve("csv/sessions.csv"), "sessions.csv"),
                Dataset.builder());
        assertThat(csv.tables().get(0).recognised().fr()).startsWith("tableau des sessions, ligne 2 ignorée");
    }

    @Test
    void anExampleRowLeftAboveTheLabsRowsCountsInNoFigure() throws IOException {
        Path dir = kit(Locale.FRENCH);
        Path sessions = dir.resolve("csv/sessions.csv");
        // the lab's own rows under the example it did not delete, and an example row re-typed in capitals
        Files.writeString(sessions, Files.readString(sessions) + "belrive;S01;10/03/2020;2;session;;;non\r\n"
                + " Exemple ;S02;12/03/2020;3;session;;;non\r\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("csv/collectivites.csv"), Files.readString(dir.resolve("csv/collectivites.csv"))
                + "belrive;Ville de Belrive;commune;transfo;01/01/2020;31/12/2021\r\n", StandardCharsets.UTF_8);
        Lab lab = new Lab(dir.resolve("csv"));
        Dataset d = lab.read();
        // the example is said nowhere; the lab's session, whose attendance is not entered yet, is
        assertThat(Lab.describe(d.findings())).singleElement().asString()
                .startsWith("presences.csv:0 [null=null] aucune ligne de présence lue");
        assertThat(d.collectivites()).extracting(c -> c.id()).containsExactly("belrive");
        assertThat(d.sessions(Scope.programme())).singleElement().satisfies(s -> assertThat(s.jours()).isEqualTo(2.0));
        assertThat(lab.counts.get("sessions.csv")).singleElement()
                .satisfies(c -> assertThat(c.read()).isEqualTo(1L));
        Reading r = new ActivityIngestor().read(InputFile.of(sessions, "sessions.csv"), Dataset.builder());
        assertThat(r.tables().get(0).recognised().fr()).isEqualTo("tableau des sessions, 2 lignes ignorées dès la ligne 2"
                + NB + ": exemples du modèle (collectivité «" + NB + "exemple" + NB + "»)");
    }

    /** The kit as a lab fills it when it keeps the example's values for its own collectivité, « lab ». */
    private static void filledWithTheExamples(Path csvFolder) throws IOException {
        for (Kind kind : Kind.values()) {
            Path csv = csvFolder.resolve(kind.table + ".csv");
            List<String> lines = Files.readAllLines(csv);
            assertThat(lines.get(1)).startsWith(KitExample.COLLECTIVITE + ";");
            Files.writeString(csv, lines.get(0) + "\n" + "lab" + lines.get(1).substring(KitExample.COLLECTIVITE.length())
                    + "\n");
        }
    }

    @Test
    void theKitFilledWithTheExampleValuesIsReadWithoutAFindingOneRowPerTable() throws IOException {
        Path dir = kit(Locale.FRENCH);
        filledWithTheExamples(dir.resolve("csv"));
        Lab lab = new Lab(dir.resolve("csv"));
        Dataset d = lab.read();
        assertThat(Lab.describe(d.findings())).isEmpty();
        assertThat(d.collectivites()).hasSize(1);
        assertThat(d.participants(Scope.programme())).hasSize(1);
        assertThat(d.sessions(Scope.programme())).hasSize(1);
        assertThat(d.attendance(Scope.programme())).hasSize(1);
        assertThat(d.cases(Scope.programme())).hasSize(1);
        assertThat(d.funding(Scope.programme())).hasSize(1);
        assertThat(d.quotes(Scope.programme())).hasSize(1);
        assertThat(d.weather(Scope.programme())).hasSize(1);
        long tables = lab.counts.values().stream().mapToLong(List::size).sum();
        assertThat(tables).isEqualTo(Kind.values().length);
    }

    @Test
    void englishKitHasEnglishInstructionsAndTheSameTables() throws IOException {
        Path dir = kit(Locale.ENGLISH);
        try (InputStream in = Files.newInputStream(dir.resolve("classeur/modele-recits.xlsx"));
                Workbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetName(0)).isEqualTo("Read me");
            assertThat(wb.getSheet("sessions").getRow(0).getCell(3).getCellComment().getString().getString())
                    .contains("Length in days").contains("Required.");
        }
        assertThat(Lab.describe(new Lab(dir.resolve("classeur")).read().findings())).isEmpty();
        assertThat(new ActivityIngestor().read(InputFile.of(dir.resolve("classeur/modele-recits.xlsx"),
                "modele-recits.xlsx"), Dataset.builder()).tables().get(0).recognised().en())
                .isEqualTo("sheet \"collectivites\": table of local authorities, line 2 left aside: the template's example"
                        + " (local authority \"exemple\")");
        assertThat(Files.readString(dir.resolve("LISEZMOI.txt"))).contains("recits check --data classeur");
    }

    @Test
    void theSameKitGivesTheSameBytes() throws IOException {
        Path a = Files.createDirectories(tmp.resolve("a"));
        Path b = Files.createDirectories(tmp.resolve("b"));
        List<Path> files = new ActivityIngestor().writeKit(a, Locale.FRENCH);
        new ActivityIngestor().writeKit(b, Locale.FRENCH);
        for (Path f : files) {
            assertThat(Arrays.equals(Files.readAllBytes(b.resolve(f)), Files.readAllBytes(a.resolve(f))))
                    .as(f.toString()).isTrue();
        }
    }

    /** One mistake per kind of column, each in a fresh kit: one finding each, naming the column and the value. */
    @Test
    void oneMistakePerColumnTypeGivesOneClearFindingEach() throws IOException {
        record Mistake(String table, String column, String value, Finding.Severity severity, String says) {
        }
        List<Mistake> mistakes = List.of(
                new Mistake("financements", "collectivite", "", Finding.Severity.REJECTED, "vide"),
                new Mistake("cas", "titre", "", Finding.Severity.REJECTED, "vide"),
                new Mistake("financements", "date", "31/02/2020", Finding.Severity.REJECTED, "date"),
                new Mistake("financements", "montant_eur", "beaucoup", Finding.Severity.REJECTED, "montant"),
                new Mistake("presences", "jours_presents", "deux", Finding.Severity.REJECTED, "nombre illisible"),
                new Mistake("financements", "type", "banque", Finding.Severity.REJECTED, "inconnu"),
                new Mistake("meteo", "meteo", "grêle", Finding.Severity.REJECTED, "météo"),
                new Mistake("collectivites", "type", "village", Finding.Severity.WARNING, "village"),
                new Mistake("cas", "pertinence", "bleu", Finding.Severity.WARNING, "bleu"),
                new Mistake("verbatims", "consentement", "peut-être", Finding.Severity.WARNING, "non"));
        Map<Column.Form, Boolean> covered = new java.util.EnumMap<>(Column.Form.class);
        for (Mistake m : mistakes) {
            Path dir = tmp.resolve("mistake-" + m.table() + "-" + m.column());
            new ActivityIngestor().writeKit(Files.createDirectories(dir), Locale.FRENCH);
            filledWithTheExamples(dir.resolve("csv"));
            Path csv = dir.resolve("csv/" + m.table() + ".csv");
            Kind kind = Kind.of(m.table()).orElseThrow();
            int index = kind.columns.stream().map(Column::name).toList().indexOf(m.column());
            List<String> lines = Files.readAllLines(csv);
            String[] cells = lines.get(1).split(";", -1);
            cells[index] = m.value();
            Files.writeString(csv, lines.get(0) + "\n" + String.join(";", cells) + "\n");
            List<Finding> findings = new Lab(dir.resolve("csv")).read().findings();
            assertThat(Lab.describe(findings)).as(m.toString()).hasSize(1);
            Finding f = findings.get(0);
            assertThat(f.severity()).as(m.toString()).isEqualTo(m.severity());
            assertThat(f.file()).isEqualTo(m.table() + ".csv");
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.column()).isEqualTo(m.column());
            assertThat(f.reason().fr()).as(m.toString()).containsIgnoringCase(m.says());
            covered.put(kind.columns.get(index).type().form(), true);
        }
        assertThat(covered.keySet()).containsExactlyInAnyOrder(Column.Form.ID, Column.Form.TEXT, Column.Form.DATE,
                Column.Form.AMOUNT, Column.Form.DAYS, Column.Form.CLOSED, Column.Form.INDICATIVE, Column.Form.OPTIONAL,
                Column.Form.YES_NO);
    }
}
