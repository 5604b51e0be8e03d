package org.recits.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code recits demo} as a user runs it (the start script, a separate process), then the workbook read
 * back with POI and its figures checked against values this test computes itself from the shipped
 * sample files, with the rules of docs/indicateurs.md and its own plain CSV reading (not the product's readers).
 */
class DemoIT {

    /** The demo's period: the quarter of the latest counted session of the sample programme. */
    private static final LocalDate END = LocalDate.of(2021, 3, 31);
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    static Path work;

    static Distribution.Run run;
    static Path out;
    /** Current-period values of the Indicateurs sheet: code → scope → cell. */
    static Map<String, Map<String, Cell>> current;

    @BeforeAll
    static void runTheDemo() throws Exception {
        out = work.resolve("sortie");
        run = Distribution.script(Distribution.folder(), work, "demo", "--out", out.toString());
        current = new TreeMap<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("recits-2021-T1.xlsx")))) {
            Sheet sheet = wb.getSheet("Indicateurs");
            Map<String, Integer> col = headers(sheet.getRow(0));
            for (Row row : sheet) {
                if (row.getRowNum() == 0 || !"oui".equals(text(row, col.get("Période du rapport")))) {
                    continue;
                }
                current.computeIfAbsent(text(row, col.get("Code")), k -> new TreeMap<>())
                        .put(text(row, col.get("Périmètre")), row.getCell(col.get("Valeur")));
            }
        }
    }

    @Test
    void theDemoRunsAndWritesEveryOutput() {
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Rapport 2021-T1 écrit dans").contains("4 lignes rejetées");
        assertThat(out.resolve("recits-2021-T1.xlsx")).isNotEmptyFile();
        assertThat(out.resolve("recit-2021-T1.html")).isNotEmptyFile();
        assertThat(out.resolve("recit-2021-T1.docx")).isNotEmptyFile();
        assertThat(out.resolve("recit-2021-T1.pdf")).isNotEmptyFile();
        assertThat(out.resolve("graphiques/jours-intervention.png")).isNotEmptyFile();
        assertThat(out.resolve("graphiques/jours-intervention.svg")).isNotEmptyFile();
        // nothing half-written is left behind
        assertThat(out.toFile().list()).noneMatch(n -> n.startsWith(".recits-tmp"));
    }

    @Test
    void theSameInputsGiveTheSameBytes() throws Exception {
        Path again = work.resolve("encore");
        Distribution.Run second = Distribution.script(Distribution.folder(), work, "demo", "--out", again.toString());
        assertThat(second.code()).as(second.err()).isZero();
        List<Path> first = files(out);
        assertThat(files(again)).isEqualTo(first);
        assertThat(first).contains(Path.of("recits-2021-T1.xlsx"), Path.of("recit-2021-T1.docx"), Path.of("recit-2021-T1.pdf"));
        for (Path f : first) {
            assertThat(Files.mismatch(out.resolve(f), again.resolve(f))).as(f.toString()).isEqualTo(-1L);
        }
    }

    /**
     * A machine elsewhere: another language, country and time zone for the JVM and the process. Nothing
     * of the machine may reach the outputs (number formats, dates, the charts' XML).
     */
    @Test
    void anotherMachinesLocaleAndTimeZoneGiveTheSameBytes() throws Exception {
        Path elsewhere = work.resolve("ailleurs");
        Distribution.Run second = Distribution.script(java.util.Map.of(
                "RECITS_JAVA_OPTS", "-Xmx1g -Duser.language=en -Duser.country=US -Duser.timezone=Pacific/Kiritimati",
                "TZ", "America/Los_Angeles", "LANG", "en_US.UTF-8"),
                Distribution.folder(), work, "demo", "--out", elsewhere.toString());
        assertThat(second.code()).as(second.err()).isZero();
        List<Path> first = files(out);
        assertThat(files(elsewhere)).isEqualTo(first);
        for (Path f : first) {
            assertThat(Files.mismatch(out.resolve(f), elsewhere.resolve(f))).as(f.toString()).isEqualTo(-1L);
        }
    }

    /**
     * Clean for an outsider: no build's version, bundle name or internal document in a cell a funder reads;
     * they are on *Provenance* only, under headers that say what they are.
     */
    @Test
    void theWorkbookNamesNoBuildNorBundleNorInternalDocumentOutsideProvenance() throws IOException {
        java.util.regex.Pattern internal = java.util.regex.Pattern.compile(
                "SNAPSHOT|org\\.recits|\\.md\\b|docs/|INDICATORS|FORMAT\\b");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("recits-2021-T1.xlsx")))) {
            int cells = 0;
            for (Sheet sheet : wb) {
                if (sheet.getSheetName().equals("Provenance")) {
                    continue;
                }
                for (Row row : sheet) {
                    for (Cell c : row) {
                        String t = c.getCellType() == CellType.STRING
                                || c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.STRING
                                ? c.getStringCellValue() : "";
                        assertThat(internal.matcher(t).find()).as(sheet.getSheetName() + "!" + c.getAddress() + ": " + t)
                                .isFalse();
                        cells++;
                    }
                }
            }
            assertThat(cells).isGreaterThan(1000);
            Sheet provenance = wb.getSheet("Provenance");
            assertThat(text(provenance.getRow(0), 2)).isEqualTo("Lecteur (identifiant)");
            assertThat(text(provenance.getRow(0), 3)).isEqualTo("Version du bundle OSGi");
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        }
    }

    @Test
    void interventionDaysMatchTheSessionsFile() throws IOException {
        Map<String, Double> days = new TreeMap<>();
        for (CSVRecord r : read("sessions.csv", WINDOWS_1252, ';')) {
            LocalDate start = frenchDate(r.get("Date début"));
            String type = r.get("Type");
            boolean counted = type.isEmpty() || type.equals("session") || type.equals("immersion");
            if (start != null && counted && !start.isAfter(END)) {
                days.merge(r.get("Collectivité"), Double.parseDouble(r.get("Jours").replace(',', '.')), Double::sum);
            }
        }
        assertThat(days).hasSize(10);
        double programme = 0;
        for (Map.Entry<String, Double> e : days.entrySet()) {
            assertThat(number("PROT_INTERVENTION_DAYS", e.getKey())).as(e.getKey()).isCloseTo(e.getValue(), within(1e-9));
            programme += e.getValue();
        }
        assertThat(number("PROT_INTERVENTION_DAYS", "programme")).isCloseTo(programme, within(1e-9));
    }

    @Test
    void activeAmbassadorsMatchTheParticipantsFile() throws IOException {
        Map<String, Integer> active = new TreeMap<>();
        for (CSVRecord r : read("participants.csv", StandardCharsets.UTF_8, ',')) {
            LocalDate in = isoDate(r.get("date_entree"));
            LocalDate left = isoDate(r.get("date_sortie"));
            if (r.get("role").equals("ambassadeur") && (in == null || !in.isAfter(END))
                    && (left == null || left.isAfter(END))) {
                active.merge(r.get("collectivite"), 1, Integer::sum);
            }
        }
        // A collectivité whose programme ended before the quarter (date_fin < 1 January 2021) has no active
        // ambassador any more: n/d for it, and the programme counts the running ones only.
        LocalDate start = END.withDayOfMonth(1).minusMonths(2);
        Map<String, Boolean> running = new TreeMap<>();
        for (CSVRecord r : read("collectivites.csv", StandardCharsets.UTF_8, ',')) {
            LocalDate fin = isoDate(r.get("date_fin"));
            LocalDate debut = isoDate(r.get("date_debut"));
            running.put(r.get("collectivite"), (fin == null || !fin.isBefore(start)) && (debut == null || !debut.isAfter(END)));
        }
        assertThat(running.values()).contains(true, false);
        int programme = 0;
        for (Map.Entry<String, Integer> e : active.entrySet()) {
            if (!running.getOrDefault(e.getKey(), true)) {
                Cell cell = current.get("PART_ACTIVE_AMBASSADORS").get(e.getKey());
                assertThat(cell.getStringCellValue()).as(e.getKey()).isEqualTo("n/d");
                continue;
            }
            assertThat(number("PART_ACTIVE_AMBASSADORS", e.getKey())).as(e.getKey()).isEqualTo((double) e.getValue());
            programme += e.getValue();
        }
        assertThat(number("PART_ACTIVE_AMBASSADORS", "programme")).isEqualTo((double) programme);
    }

    @Test
    void fundingShareIsARatioOfSumsToTheCent() throws IOException {
        Map<String, BigDecimal[]> sums = new HashMap<>(); // collectivité → {collectivité's own, all}
        for (CSVRecord r : read("financements.csv", WINDOWS_1252, ';')) {
            BigDecimal amount;
            try {
                amount = new BigDecimal(r.get("montant_eur").replace(" ", "").replace(',', '.'));
            } catch (NumberFormatException e) {
                continue; // the deliberately dirty row, rejected by the product too
            }
            LocalDate date = frenchDate(r.get("date"));
            if (date != null && date.isAfter(END)) {
                continue;
            }
            BigDecimal[] s = sums.computeIfAbsent(r.get("collectivite"), k -> new BigDecimal[] {BigDecimal.ZERO,
                BigDecimal.ZERO});
            if (r.get("type").equals("collectivite")) {
                s[0] = s[0].add(amount);
            }
            s[1] = s[1].add(amount);
        }
        BigDecimal own = BigDecimal.ZERO;
        BigDecimal all = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal[]> e : sums.entrySet()) {
            double expected = e.getValue()[0].doubleValue() / e.getValue()[1].doubleValue();
            assertThat(number("FIN_COLLECTIVITE_SHARE", e.getKey())).as(e.getKey()).isCloseTo(expected, within(1e-12));
            own = own.add(e.getValue()[0]);
            all = all.add(e.getValue()[1]);
        }
        // the programme's share is the ratio of the sums, not the mean of the shares
        assertThat(number("FIN_COLLECTIVITE_SHARE", "programme"))
                .isCloseTo(own.doubleValue() / all.doubleValue(), within(1e-12));
    }

    @Test
    void figuresOnFewerThanFivePeopleAreSuppressed() {
        // armor-loire's surveys have 3 respondents (sample generator's README): its skills gain is masked.
        Cell cell = current.get("CAP_SKILLS_GAIN").get("armor-loire");
        assertThat(cell).isNotNull();
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).startsWith("masqué");
        // region-garonne's session satisfaction rests on fewer than five people in the quarter; alone, it would be
        // the programme's figure minus the other collectivités': the smallest one shown (armor-loire) is masked with it
        assertThat(current.get("QUAL_SESSION_SATISFACTION").get("region-garonne").getStringCellValue())
                .isEqualTo("masqué (< 5 personnes)");
        assertThat(current.get("QUAL_SESSION_SATISFACTION").get("armor-loire").getStringCellValue())
                .isEqualTo("masqué (protège un petit groupe)");
    }

    @Test
    void noMaskedFigureIsTheProgrammeMinusTheCollectivitesShown() {
        for (Map.Entry<String, Map<String, Cell>> e : current.entrySet()) {
            Cell programme = e.getValue().get("programme");
            if (programme == null || programme.getCellType() != CellType.NUMERIC) {
                continue;
            }
            long masked = e.getValue().entrySet().stream()
                    .filter(c -> !c.getKey().equals("programme") && c.getValue().getCellType() == CellType.STRING
                            && c.getValue().getStringCellValue().startsWith("masqué"))
                    .count();
            assertThat(masked).as(e.getKey() + ": one masked collectivité beside a shown programme").isNotEqualTo(1);
        }
    }

    private static double number(String code, String scope) {
        Cell cell = current.getOrDefault(code, Map.of()).get(scope);
        assertThat(cell).as(code + " " + scope).isNotNull();
        assertThat(cell.getCellType()).as(code + " " + scope + " is a typed number").isEqualTo(CellType.NUMERIC);
        return cell.getNumericCellValue();
    }

    private static List<CSVRecord> read(String file, Charset charset, char separator) throws IOException {
        Path path = Distribution.folder().resolve("demo").resolve(file);
        try (Reader reader = Files.newBufferedReader(path, charset)) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setHeader()
                    .setSkipHeaderRecord(true).build();
            List<CSVRecord> records = new ArrayList<>();
            // a UTF-8 BOM, if any, is not part of the first header
            for (CSVRecord r : format.parse(new BomSkipping(reader))) {
                records.add(r);
            }
            return records;
        }
    }

    private static LocalDate frenchDate(String s) {
        try {
            return s.isBlank() ? null : LocalDate.parse(s.strip(), FRENCH_DATE);
        } catch (RuntimeException e) {
            return null; // the deliberately unreadable date
        }
    }

    private static LocalDate isoDate(String s) {
        return s.isBlank() ? null : LocalDate.parse(s.strip());
    }

    private static Map<String, Integer> headers(Row row) {
        Map<String, Integer> col = new HashMap<>();
        for (Cell c : row) {
            col.put(c.getStringCellValue(), c.getColumnIndex());
        }
        return col;
    }

    private static String text(Row row, int col) {
        Cell c = row.getCell(col);
        return c == null || c.getCellType() != CellType.STRING ? "" : c.getStringCellValue();
    }

    /** Drops a leading U+FEFF. */
    private static final class BomSkipping extends java.io.FilterReader {
        private boolean first = true;

        BomSkipping(Reader in) {
            super(in);
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (first && n > 0) {
                first = false;
                if (buf[off] == '\uFEFF') {
                    System.arraycopy(buf, off + 1, buf, off, n - 1);
                    return n - 1 == 0 ? read(buf, off, len) : n - 1;
                }
            }
            return n;
        }
    }
}
