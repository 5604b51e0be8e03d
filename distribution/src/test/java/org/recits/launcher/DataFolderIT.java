package org.recits.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data folder's guardrails as a user meets them, through the start script: a folder with nothing
 * to read, the same table from two files, and files that are not data.
 */
class DataFolderIT {

    private static final String NBSP = "\u00a0";

    @TempDir
    Path work;

    private Distribution.Run recits(String... args) throws IOException, InterruptedException {
        return Distribution.script(Distribution.folder(), work, args);
    }

    /** A copy of the shipped sample programme, to add files to. */
    private Path demoCopy(String name) throws IOException {
        return Distribution.demoCopy(work, name);
    }

    /** A number printed in French ("2 930", with a no-break space), as a long. */
    private static long number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex + " in " + text).isTrue();
        return Long.parseLong(m.group(1).replaceAll("\\D", ""));
    }

    private static final String RETAINED = "([\\d\\s\u00a0\u202f]+) lignes retenues";

    @Test
    void anEmptyOrMissingFolderIsRefusedWithTwoAndNoReport() throws Exception {
        Files.createDirectories(work.resolve("vide"));
        Distribution.Run check = recits("check", "--data", "vide");
        assertThat(check.code()).as(check.out() + check.err()).isEqualTo(2);
        assertThat(check.err()).contains("le dossier de données vide est vide")
                .contains("attendus" + NBSP + ": collectivites.csv");
        assertThat(check.out()).doesNotContain("Aucune ligne rejetée").doesNotContain("Lignes" + NBSP + ": ");

        Distribution.Run report = recits("report", "--data", "vide", "--period", "2021-T1", "--out", "out");
        assertThat(report.code()).as(report.err()).isEqualTo(2);
        assertThat(report.out()).doesNotContain("0 collectivité");
        assertThat(work.resolve("out")).doesNotExist();

        Distribution.Run missing = recits("report", "--data", "nulle-part", "--period", "2021-T1", "--lang", "en");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("the data folder nulle-part does not exist");
    }

    @Test
    void aFolderOfOtherFilesSaysWhatItFoundAndWhatIsExpected() throws Exception {
        Path data = Files.createDirectories(work.resolve("exports"));
        for (int i = 1; i <= 11; i++) {
            Files.writeString(data.resolve("export-" + i + ".csv"), "a;b\n1;2\n");
        }
        Files.writeString(data.resolve("compte-rendu.docx"), "pas une table");
        Distribution.Run check = recits("check", "--data", "exports");
        assertThat(check.code()).isEqualTo(2);
        assertThat(check.err()).contains("12 fichiers, aucun ne correspond au format" + NBSP + ": attendu collectivites.csv")
                .contains("compte-rendu.docx").contains("et 4 autres");
        Distribution.Run report = recits("report", "--data", "exports", "--period", "2021-T1", "--out", "out");
        assertThat(report.code()).isEqualTo(2);
        assertThat(work.resolve("out")).doesNotExist();
    }

    @Test
    void aFundingTableInACsvAndInAWorkbookIsNeverSummed() throws Exception {
        Path plain = demoCopy("demo");
        Distribution.Run plainCheck = recits("check", "--data", "demo");
        long fundingKept = number(plainCheck.out(),
                "financements\\.csv\u00a0: [^\n]* — [\\d\\s\u00a0\u202f]+lignes lues, ([\\d\\s\u00a0\u202f]+) retenues");
        Distribution.Run plainReport = recits("report", "--data", "demo", "--period", "2021-T1", "--out", "o0");
        assertThat(plainReport.code()).as(plainReport.err()).isZero();
        long plainRetained = number(plainReport.out(), RETAINED);

        Path data = demoCopy("double");
        String weather = Files.readAllLines(data.resolve("meteo.csv"), java.nio.charset.StandardCharsets.UTF_8).get(1);
        writeWorkbook(data.resolve("labo.xlsx"), weather.split(",", -1));
        Distribution.Run check = recits("check", "--data", "double");
        assertThat(check.code()).as(check.out() + check.err()).isEqualTo(3);
        assertThat(check.out()).contains("lue aussi dans labo.xlsx" + NBSP + ": les deux seraient additionnées")
                .contains("--source financements=financements.csv / --source financements=labo.xlsx");
        assertThat(check.err()).contains("2 tables sont lues dans plusieurs fichiers");

        Distribution.Run refused = recits("report", "--data", "double", "--period", "2021-T1", "--out", "o1");
        assertThat(refused.code()).isEqualTo(3);
        assertThat(refused.err()).contains("financements.csv").contains("labo.xlsx");
        assertThat(work.resolve("o1")).doesNotExist();

        // the workbook's funding (2 of its 3 rows are readable) instead of the CSV's; the CSV's weather
        Distribution.Run chosen = recits("report", "--data", "double", "--period", "2021-T1", "--out", "o2",
                "--source", "financements=labo.xlsx", "--source", "meteo=meteo.csv");
        assertThat(chosen.code()).as(chosen.err()).isZero();
        assertThat(number(chosen.out(), RETAINED)).isEqualTo(plainRetained - fundingKept + 2);

        // the other way round: the workbook's Financements sheet is set aside with its rejected row, its
        // Meteo sheet is read
        Distribution.Run other = recits("check", "--data", "double", "--source", "Financements=financements.csv",
                "--source", "météo=labo.xlsx", "--lang", "en");
        assertThat(other.code()).as(other.err()).isZero();
        assertThat(other.out()).contains("table \"financements\" set aside, not read: "
                + "--source financements=financements.csv keeps financements.csv")
                .contains("labo.xlsx:\n  sheet \"Financements\": table of funding — set aside (--source)\n"
                        + "  sheet \"Météo\": table of group weather — 1 row read, 1 kept, 0 rejected\n")
                .contains("meteo.csv: table of group weather — set aside (--source)")
                .doesNotContain("labo.xlsx#Financements");
        assertThat(plain).exists();
    }

    @Test
    void twoFilesNamedAsTheSameTableStopWithThree() throws Exception {
        Path data = demoCopy("demo");
        Files.copy(data.resolve("presences.csv"), data.resolve("Présences.csv"));
        Distribution.Run check = recits("check", "--data", "demo", "--lang", "en");
        assertThat(check.code()).isEqualTo(3);
        assertThat(check.out()).contains("also read from Présences.csv").contains("also read from presences.csv");
        assertThat(check.err()).contains("one table is read from several files of one folder");
    }

    @Test
    void locksAndAnEarlierReportInsideTheDataFolderAreNotRead() throws Exception {
        Path data = demoCopy("demo");
        Distribution.Run first = recits("report", "--data", "demo", "--period", "2021-T1", "--out", "demo/sortie",
                "--format", "csv");
        assertThat(first.code()).as(first.err()).isZero();
        Files.writeString(data.resolve(".~lock.sessions.csv#"), ",moi,poste,02.12.2026 10:00,file:///home/moi;");

        Distribution.Run check = recits("check", "--data", "demo");
        assertThat(check.code()).as(check.err()).isZero();
        assertThat(check.out()).contains("«" + NBSP + "sortie" + NBSP + "», non lu" + NBSP
                        + ": c’est une sortie de Récits")
                .contains("fichier de verrou" + NBSP + ": «" + NBSP + "sessions.csv" + NBSP + "» est ouvert")
                .doesNotContain("aucun lecteur installé");
        // and listed among the files, as left aside
        assertThat(check.out()).contains(".~lock.sessions.csv#" + NBSP + ": ignoré" + NBSP + ": fichier de verrou de «" + NBSP
                + "sessions.csv" + NBSP + "»").contains("sortie" + NBSP + ": ignoré" + NBSP + ": sortie de Récits");

        Distribution.Run second = recits("report", "--data", "demo", "--period", "2021-T1", "--out", "ailleurs");
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(number(second.out(), RETAINED)).isEqualTo(number(first.out(), RETAINED));
    }

    /**
     * A lab's workbook with a Financements sheet (two readable rows, one not), as the review found beside
     * financements.csv, and a Meteo sheet of one row.
     */
    private static void writeWorkbook(Path file, String[] weather) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            sheet(wb, "Financements", new String[][] {{"collectivite", "financeur", "type", "montant_eur"},
                {"belrive", "Ville de Belrive", "collectivite", "40000"},
                {"belrive", "Fondation Exemple", "fondation", "20001"},
                {"belrive", "Fondation Exemple", "fondation", "beaucoup"}});
            sheet(wb, "Météo", new String[][] {{"collectivite", "session", "meteo"},
                {weather[0], weather[1], weather[2]}});
            wb.write(out);
        }
    }

    private static void sheet(XSSFWorkbook wb, String name, String[][] rows) {
        Sheet sheet = wb.createSheet(name);
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                row.createCell(c).setCellValue(rows[r][c]);
            }
        }
    }
}
