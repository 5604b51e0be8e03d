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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * value itself for a survey score (the sum of scores over the number of answers), cannot be taken. The same
 * holds for the activity figures (weather, attendance, the participants they count), which the demo masks at
 * a threshold of 20; and no record dated outside the report's periods is published, since no figure, so no
 * mask, looked at its group.
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
    /** People each cell rests on, from the threshold-1 run. */
    static Map<Masked, Integer> people;
    /** The masked cells of the workbook's Indicateurs sheet, and the cells whose programme value is shown. */
    static List<Masked> maskedInWorkbook;
    static List<Masked> shownProgrammes;
    static List<Masked> shownProgrammesInWorkbook;
    static List<Answer> csv;
    static List<Answer> workbook;
    /** At threshold 20: the masked activity cells, and the meteo, presences and participants files. */
    static List<Masked> maskedActivity;
    static List<CSVRecord> meteo;
    static List<CSVRecord> presences;
    static List<CSVRecord> participants;
    /** The first and last days of the report's periods (its trend periods and its own). */
    static LocalDate first;
    static LocalDate last;
    /** The records files of the threshold-5 run and of the threshold-1 run (every row of the periods). */
    static Path publishedRun;
    static Path everyRow;

    @BeforeAll
    static void runTheDemoTwice() throws Exception {
        Path demo = Distribution.folder().resolve("demo");
        Path published = work.resolve("seuil-5");
        Path unmasked = work.resolve("seuil-1");
        publishedRun = published;
        everyRow = unmasked;
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
        people = new HashMap<>();
        shownProgrammes = new ArrayList<>();
        for (CSVRecord r : read(published.resolve("recits-2021-T1-indicateurs.csv"))) {
            if (r.get("Périmètre").equals("programme") && !r.get("Valeur").isEmpty()
                    && !r.get("Valeur").startsWith("masqué") && !r.get("Valeur").equals("n/d")) {
                shownProgrammes.add(new Masked(r.get("Code"), "programme", LocalDate.parse(r.get("Début")),
                        LocalDate.parse(r.get("Fin"))));
            }
        }
        for (CSVRecord r : read(unmasked.resolve("recits-2021-T1-indicateurs.csv"))) {
            Masked k = new Masked(r.get("Code"), r.get("Périmètre"), LocalDate.parse(r.get("Début")),
                    LocalDate.parse(r.get("Fin")));
            if (!r.get("n (personnes)").isEmpty()) {
                people.put(k, Integer.parseInt(r.get("n (personnes)").replaceAll("[\\s\\u00a0\\u202f]", "")));
            }
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
        maskedInWorkbook = new ArrayList<>();
        shownProgrammesInWorkbook = new ArrayList<>();
        indicatorsSheet(published.resolve("recits-2021-T1.xlsx"));
        first = LocalDate.MAX;
        last = LocalDate.MIN;
        for (CSVRecord r : read(published.resolve("recits-2021-T1-indicateurs.csv"))) {
            LocalDate start = LocalDate.parse(r.get("Début"));
            LocalDate end = LocalDate.parse(r.get("Fin"));
            first = start.isBefore(first) ? start : first;
            last = end.isAfter(last) ? end : last;
        }
        Path twenty = work.resolve("seuil-20");
        assertThat(Distribution.inProcess(Distribution.folder(), "report", "--data", demo.toString(), "--period",
                "2021-T1", "--out", twenty.toString(), "--format", "csv", "--seuil", "20").code()).isZero();
        maskedActivity = new ArrayList<>();
        for (CSVRecord r : read(twenty.resolve("recits-2021-T1-indicateurs.csv"))) {
            if (r.get("Valeur").startsWith("masqué") && ACTIVITY.containsKey(r.get("Code"))) {
                maskedActivity.add(new Masked(r.get("Code"), r.get("Périmètre"), LocalDate.parse(r.get("Début")),
                        LocalDate.parse(r.get("Fin"))));
            }
        }
        meteo = read(twenty.resolve("recits-2021-T1-donnees-meteo.csv"));
        presences = read(twenty.resolve("recits-2021-T1-donnees-presences.csv"));
        participants = read(twenty.resolve("recits-2021-T1-donnees-participants.csv"));
    }

    /**
     * Secondary suppression: the programme's figure minus the collectivités shown gives back the masked ones
     * together, so together they must rest on no one or on at least the threshold (5), in the CSV export and
     * in the workbook alike.
     */
    @Test
    void whatTheProgrammeMinusTheCollectivitesShownGivesBackRestsOnEnoughPeople() {
        assertThat(maskedInWorkbook).containsExactlyInAnyOrderElementsOf(masked);
        assertThat(shownProgrammesInWorkbook).containsExactlyInAnyOrderElementsOf(shownProgrammes);
        int tried = 0;
        for (Masked programme : shownProgrammes) {
            List<Masked> hidden = masked.stream().filter(m -> m.code().equals(programme.code())
                    && m.start().equals(programme.start()) && !m.scope().equals("programme")).toList();
            if (hidden.isEmpty()) {
                continue;
            }
            tried++;
            int together = hidden.stream().mapToInt(m -> people.getOrDefault(m, 0)).sum();
            assertThat(together).as("%s %s: %s", programme.code(), programme.start(), hidden)
                    .satisfiesAnyOf(n -> assertThat(n).isZero(), n -> assertThat(n).isGreaterThanOrEqualTo(5));
        }
        assertThat(tried).isPositive();
    }

    /** The Indicateurs sheet's masked cells, and its shown programme values. */
    private static void indicatorsSheet(Path xlsx) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Sheet sheet = wb.getSheet("Indicateurs");
            Map<String, Integer> col = new HashMap<>();
            for (Cell c : sheet.getRow(0)) {
                col.put(c.getStringCellValue(), c.getColumnIndex());
            }
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                Masked k = new Masked(row.getCell(col.get("Code")).getStringCellValue(),
                        row.getCell(col.get("Périmètre")).getStringCellValue(),
                        row.getCell(col.get("Début")).getLocalDateTimeCellValue().toLocalDate(),
                        row.getCell(col.get("Fin")).getLocalDateTimeCellValue().toLocalDate());
                Cell value = row.getCell(col.get("Valeur"));
                if (value != null && value.getCellType() == CellType.STRING
                        && value.getStringCellValue().startsWith("masqué")) {
                    maskedInWorkbook.add(k);
                } else if (k.scope().equals("programme") && value != null
                        && value.getCellType() == CellType.NUMERIC) {
                    shownProgrammesInWorkbook.add(k);
                }
            }
        }
    }

    /** What the shipped activity figures about people read, and whether they are cumulative (or a stock). */
    private record ReadsActivity(boolean weather, boolean attendance, boolean participants, boolean cumulative) {
    }

    private static final Map<String, ReadsActivity> ACTIVITY = Map.of(
            "QUAL_GROUP_WEATHER", new ReadsActivity(true, false, false, false),
            "PART_ATTENDANCE_RATE", new ReadsActivity(false, true, true, false),
            "PART_RETENTION_RATE", new ReadsActivity(false, false, true, true),
            "PART_GROUP_DIVERSITY", new ReadsActivity(false, false, true, true),
            "PROD_AGENT_TIME_USE", new ReadsActivity(false, true, true, true),
            "DEM_USERS_INVOLVED", new ReadsActivity(false, true, true, true));

    @Test
    void noMaskedGroupWeatherCanBeRecomputedNorAnyActivityRowAMaskedFigureReadsFound() {
        assertThat(maskedActivity).extracting(Masked::code).contains("QUAL_GROUP_WEATHER", "PART_ATTENDANCE_RATE",
                "PART_RETENTION_RATE");
        assertThat(meteo).isNotEmpty();
        assertThat(presences).isNotEmpty();
        for (Masked m : maskedActivity) {
            ReadsActivity reads = ACTIVITY.get(m.code());
            if (reads.weather()) {
                // the weather's mean is Σ scores ÷ rows of the sessions in the period: no such row is left
                assertThat(meteo).as("%s: meteo rows", m)
                        .noneMatch(r -> ofScope(r, m) && inWindow(r.get("Date de la session"), m, reads.cumulative()));
            }
            if (reads.attendance()) {
                assertThat(presences).as("%s: presences rows", m)
                        .noneMatch(r -> ofScope(r, m) && inWindow(r.get("Date de la session"), m, reads.cumulative()));
            }
            if (reads.participants()) {
                assertThat(participants).as("%s: participants", m).noneMatch(r -> ofScope(r, m)
                        && !date(r.get("Date d’entrée"), LocalDate.MIN).isAfter(m.end())
                        && (reads.cumulative() || !date(r.get("Date de sortie"), LocalDate.MAX).isBefore(m.start())));
            }
        }
    }

    /** No figure of the report reads a record of another quarter: none is published, whatever its group. */
    @Test
    void noRecordDatedOutsideTheReportsPeriodsIsPublished() {
        assertThat(first).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(last).isEqualTo(LocalDate.of(2021, 3, 31));
        for (List<Answer> rows : List.of(csv, workbook)) {
            assertThat(rows).isNotEmpty().noneMatch(a -> a.date() != null
                    && (a.date().isBefore(first) || a.date().isAfter(last)));
        }
        for (List<CSVRecord> rows : List.of(meteo, presences)) {
            assertThat(rows).noneMatch(r -> !r.get("Date de la session").isEmpty()
                    && (date(r.get("Date de la session"), null).isBefore(first)
                            || date(r.get("Date de la session"), null).isAfter(last)));
        }
        assertThat(participants).noneMatch(r -> date(r.get("Date d’entrée"), LocalDate.MIN).isAfter(last));
    }

    private static boolean ofScope(CSVRecord r, Masked m) {
        return m.scope().equals("programme") || r.get("Collectivité").equals(m.scope());
    }

    private static boolean inWindow(String day, Masked m, boolean cumulative) {
        if (day.isEmpty()) {
            return cumulative;
        }
        LocalDate d = LocalDate.parse(day);
        return !d.isAfter(m.end()) && (cumulative || !d.isBefore(m.start()));
    }

    private static LocalDate date(String text, LocalDate empty) {
        return text.isEmpty() ? empty : LocalDate.parse(text);
    }

    /**
     * Whatever a group's figure shows (masked, n/d as QUAL_SERVICE_EXPERIENCE_DELTA everywhere, or none), the
     * answers a collectivité's fewer than 5 respondents gave to a measure in a quarter (or undated), and the
     * attendance and weather rows of a collectivité's quarter naming fewer than 5 people, are not published
     * row by row.
     */
    @Test
    void noSmallGroupsRowsArePublishedWhateverItsFigure() throws IOException {
        Map<List<String>, Set<String>> respondents = new HashMap<>();
        for (CSVRecord r : read(everyRow.resolve("recits-2021-T1-donnees-reponses.csv"))) {
            respondents.computeIfAbsent(List.of(r.get("Collectivité"), r.get("Mesure"), r.get("Trimestre")),
                    k -> new HashSet<>()).add(r.get("Répondant"));
        }
        Set<List<String>> small = new HashSet<>();
        respondents.forEach((g, who) -> {
            if (who.size() < 5) {
                small.add(g);
            }
        });
        // the reviewer's case: one respondent of ccas-grenade, three answers on the qualite measure
        assertThat(small).contains(List.of("ccas-grenade", "qualite", "2021-T1"));
        assertThat(small).hasSizeGreaterThanOrEqualTo(25);
        List<CSVRecord> published = read(publishedRun.resolve("recits-2021-T1-donnees-reponses.csv"));
        assertThat(published).isNotEmpty().noneMatch(
                r -> small.contains(List.of(r.get("Collectivité"), r.get("Mesure"), r.get("Trimestre"))));
        for (Answer a : workbook) {
            String quarter = a.date() == null ? ""
                    : a.date().getYear() + "-T" + ((a.date().getMonthValue() - 1) / 3 + 1);
            assertThat(small).as("classeur : %s", a).doesNotContain(List.of(a.collectivite(), a.measure(), quarter));
        }
        for (String file : List.of("presences", "meteo")) {
            Map<List<String>, Set<String>> people = new HashMap<>();
            for (CSVRecord r : read(everyRow.resolve("recits-2021-T1-donnees-" + file + ".csv"))) {
                people.computeIfAbsent(List.of(r.get("Collectivité"), quarterOf(r.get("Date de la session"))),
                        k -> new HashSet<>()).add(r.get("Participant"));
            }
            List<CSVRecord> shown = read(publishedRun.resolve("recits-2021-T1-donnees-" + file + ".csv"));
            assertThat(shown).as(file).isNotEmpty().noneMatch(r -> people.get(
                    List.of(r.get("Collectivité"), quarterOf(r.get("Date de la session")))).size() < 5);
        }
    }

    private static String quarterOf(String day) {
        if (day.isEmpty()) {
            return "";
        }
        LocalDate d = LocalDate.parse(day);
        return d.getYear() + "-T" + ((d.getMonthValue() - 1) / 3 + 1);
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
