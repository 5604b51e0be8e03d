package org.recits.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reader with a spreadsheet tries to give back each masked value of the demo's report from its records
 * outputs: the {@code --format csv} answers file and the workbook's answers sheets. The truth is the same
 * report with the threshold at 1. For each masked survey figure, the answers it rests on (its collectivité,
 * its measure, its window) must be in neither output, so that the mean of those rows, which is the masked
 * value itself for a survey score (the sum of scores over the number of answers), cannot be taken.
 */
class MaskedRecordsIT {

    /** What the shipped survey indicators read: their measure and whether they are cumulative. */
    private record Reads(String measure, boolean cumulative) {
    }

    private static final Map<String, Reads> SURVEY = Map.of(
            "DEM_SURVEY_SCORE", new Reads("democratie", false),
            "IMP_SURVEY_SCORE", new Reads("impact", false),
            "PROD_SURVEY_SCORE", new Reads("productivite", false),
            "QUAL_SESSION_SATISFACTION", new Reads("satisfaction", false),
            "QUAL_SERVICE_EXPERIENCE_DELTA", new Reads("qualite", true),
            "CAP_SKILLS_GAIN", new Reads("capacitation", true));

    /** One masked cell of the indicators file. */
    private record Masked(String code, String scope, LocalDate start, LocalDate end) {
    }

    /** One answer row: collectivité, measure, date (null when none), score. */
    private record Answer(String collectivite, String measure, LocalDate date, double score) {
    }

    @TempDir
    static Path work;

    static List<Masked> masked;
    static Map<Masked, Double> truth;
    static List<Answer> csv;
    static List<Answer> workbook;

    @BeforeAll
    static void runTheDemoTwice() throws Exception {
        Path demo = Distribution.folder().resolve("demo");
        Path published = work.resolve("seuil-5");
        Path unmasked = work.resolve("seuil-1");
        assertThat(Distribution.inProcess(Distribution.folder(), "report", "--data", demo.toString(), "--period",
                "2021-T1", "--out", published.toString(), "--format", "csv").code()).isZero();
        assertThat(Distribution.inProcess(Distribution.folder(), "report", "--data", demo.toString(), "--period",
                "2021-T1", "--out", unmasked.toString(), "--format", "csv", "--seuil", "1").code()).isZero();
        masked = new ArrayList<>();
        for (CSVRecord r : read(published.resolve("recits-2021-T1-indicateurs.csv"))) {
            if (r.get("Valeur").startsWith("masqué")) {
                masked.add(new Masked(r.get("Code"), r.get("Périmètre"), LocalDate.parse(r.get("Début")),
                        LocalDate.parse(r.get("Fin"))));
            }
        }
        truth = new HashMap<>();
        for (CSVRecord r : read(unmasked.resolve("recits-2021-T1-indicateurs.csv"))) {
            Masked k = new Masked(r.get("Code"), r.get("Périmètre"), LocalDate.parse(r.get("Début")),
                    LocalDate.parse(r.get("Fin")));
            if (masked.contains(k) && !r.get("Valeur").isEmpty() && !r.get("Valeur").equals("n/d")) {
                truth.put(k, Double.parseDouble(r.get("Valeur").replace(',', '.')));
            }
        }
        csv = new ArrayList<>();
        for (CSVRecord r : read(published.resolve("recits-2021-T1-donnees-reponses.csv"))) {
            csv.add(new Answer(r.get("Collectivité"), r.get("Mesure"),
                    r.get("Date").isEmpty() ? null : LocalDate.parse(r.get("Date")),
                    Double.parseDouble(r.get("Score").replace(',', '.'))));
        }
        workbook = answers(published.resolve("recits-2021-T1.xlsx"));
    }

    @Test
    void theDemoHasMaskedSurveyFiguresWhoseAnswersWerePublished() {
        // the demo masks survey scores and the skills gain (sample generator's README: small groups)
        assertThat(masked).filteredOn(m -> SURVEY.containsKey(m.code())).isNotEmpty();
        assertThat(truth).isNotEmpty();
        assertThat(csv).isNotEmpty().hasSameSizeAs(workbook);
    }

    @Test
    void noMaskedSurveyMeanCanBeRecomputedFromTheCsvExport() {
        assertNoneRecomputable(csv, "CSV");
    }

    @Test
    void noMaskedSurveyMeanCanBeRecomputedFromTheWorkbooksAnswersSheet() {
        assertNoneRecomputable(workbook, "classeur");
    }

    @Test
    void noAnswerAMaskedFigureReadsIsPublished() {
        for (Masked m : masked) {
            Reads reads = SURVEY.get(m.code());
            if (reads == null) {
                continue;
            }
            for (List<Answer> rows : List.of(csv, workbook)) {
                assertThat(rows).as(m + " (" + reads + ")").noneMatch(a -> readBy(a, m, reads));
            }
        }
    }

    /** The mean of the rows of a masked flow score (its numerator over its denominator) is not published. */
    private static void assertNoneRecomputable(List<Answer> rows, String output) {
        int tried = 0;
        for (Masked m : masked) {
            Reads reads = SURVEY.get(m.code());
            Double value = truth.get(m);
            if (reads == null || reads.cumulative() || value == null) {
                continue; // a delta between paired waves is recomputed otherwise; the rows test covers it
            }
            tried++;
            double sum = 0;
            int n = 0;
            for (Answer a : rows) {
                if (readBy(a, m, reads)) {
                    sum += a.score();
                    n++;
                }
            }
            assertThat(n).as("%s: %d rows of the %s give %s, the masked value %s", m, n, output,
                    n == 0 ? "nothing" : String.valueOf(sum / n), value).isZero();
        }
        assertThat(tried).isPositive();
    }

    private static boolean readBy(Answer a, Masked m, Reads reads) {
        if (!a.measure().equals(reads.measure())
                || !m.scope().equals("programme") && !a.collectivite().equals(m.scope())) {
            return false;
        }
        if (a.date() == null) {
            return reads.cumulative();
        }
        return !a.date().isAfter(m.end()) && (reads.cumulative() || !a.date().isBefore(m.start()));
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (Reader reader = new java.io.StringReader(text)) {
            return CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).build()
                    .parse(reader).getRecords();
        }
    }

    /** The rows of the answers sheets (« Réponses », « Réponses 2 »…). */
    private static List<Answer> answers(Path xlsx) throws IOException {
        List<Answer> rows = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            for (Sheet sheet : wb) {
                if (!sheet.getSheetName().matches("Réponses( \\d+)?")) {
                    continue;
                }
                Map<String, Integer> col = new HashMap<>();
                for (Cell c : sheet.getRow(0)) {
                    col.put(c.getStringCellValue(), c.getColumnIndex());
                }
                for (Row row : sheet) {
                    if (row.getRowNum() == 0) {
                        continue;
                    }
                    Cell date = row.getCell(col.get("Date"));
                    boolean dated = date != null && date.getCellType() == CellType.NUMERIC
                            && DateUtil.isCellDateFormatted(date);
                    rows.add(new Answer(row.getCell(col.get("Collectivité")).getStringCellValue(),
                            row.getCell(col.get("Mesure")).getStringCellValue(),
                            dated ? date.getLocalDateTimeCellValue().toLocalDate() : null,
                            row.getCell(col.get("Score")).getNumericCellValue()));
                }
            }
        }
        return rows;
    }
}
