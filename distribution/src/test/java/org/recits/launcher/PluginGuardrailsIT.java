package org.recits.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recits.launcher.broken.BrokenPlugins;
import org.recits.testkit.ReportFiles;

/**
 * Issue 16's guardrails on plugins, end to end: a jar in {@code plugins/} that is refused, cannot load,
 * registers nothing or fails to start is named in one translated line, every command exits with 4,
 * the report is still written and lists the failure in its Provenance sheet, and the narrative for
 * élus never shows Java exception text.
 */
class PluginGuardrailsIT extends ProductCopy {

    Path out;

    @BeforeEach
    void outputFolder() {
        out = tmp.resolve("sortie");
    }

    @Test
    void aCodeTakenTwiceIsRefusedToTheLaterPluginAndTheWorkbookIsWritten() throws Exception {
        Path example = dropExample();
        BrokenPlugins.withVersion(example, home.resolve("plugins/zz-immersion-1.7.0.jar"), "1.7.0");
        BrokenPlugins.reusingAShippedCode(home.resolve("plugins/imposteur.jar"));

        Distribution.Run report = report();

        assertThat(report.code()).as(report.err()).isEqualTo(4);
        // both bundles and the code are named; the renderers are not blamed
        assertThat(lineWith(report.err(), "org.example.impostor")).contains("PART_ATTENDANCE_RATE")
                .contains("org.recits.indicators.activity");
        assertThat(lineWith(report.err(), "1.7.0")).contains("EX_IMMERSION_SHARE")
                .contains("org.recits.example.immersion 1.0.0");
        assertThat(report.err()).doesNotContain("excel").doesNotContain("Exception");
        Path xlsx = ReportFiles.find(out, "recits-", ".xlsx");
        List<String> codes = ReportFiles.indicatorCodes(xlsx);
        // the shipped indicator and the first jar keep their codes, once each per scope and period
        assertThat(codes.stream().filter("EX_IMMERSION_SHARE"::equals).count()).isPositive()
                .isEqualTo(codes.stream().filter("PART_ATTENDANCE_RATE"::equals).count())
                .isEqualTo(codes.stream().filter("PART_ACTIVE_AMBASSADORS"::equals).count());
        assertThat(provenance(xlsx)).contains("org.example.impostor").contains("1.7.0");

        Distribution.Run check = check();
        assertThat(check.code()).isEqualTo(4);
        assertThat(check.err()).contains("PART_ATTENDANCE_RATE").contains("org.example.impostor");
    }

    @Test
    void aPluginBuiltForAnotherApiSaysWhichVersionItNeedsOnEveryCommand() throws Exception {
        BrokenPlugins.builtAgainstApi2(home.resolve("plugins/greffon-api2.jar"));

        Distribution.Run check = check();
        assertThat(check.code()).isEqualTo(4);
        String line = lineWith(check.err(), "greffon-api2.jar");
        assertThat(line).contains("org.example.api2").contains("org.recits.api.indicator").contains("2.0.0")
                .contains("cette installation fournit").contains("org.recits.api.indicator 1.")
                .doesNotContain("Unable to resolve").doesNotContain("osgi.wiring");

        Distribution.Run plugins = Distribution.script(home, tmp, "plugins", "--lang", "en");
        assertThat(plugins.code()).isEqualTo(4);
        assertThat(lineWith(plugins.err(), "greffon-api2.jar")).contains("but this installation provides").contains("2.0.0");

        Distribution.Run indicators = Distribution.script(home, tmp, "indicators");
        assertThat(indicators.code()).isEqualTo(4);

        Distribution.Run report = report();
        assertThat(report.code()).isEqualTo(4);
        Path xlsx = ReportFiles.find(out, "recits-", ".xlsx");
        assertThat(provenance(xlsx)).contains("greffon-api2.jar").contains("org.recits.api.indicator")
                .doesNotContain("Aucune.");
    }

    @Test
    void jarsThatCannotLoadOrRegisterNothingAreNamedAndFailTheCommand() throws Exception {
        BrokenPlugins.notAJar(home.resolve("plugins/pas-une-archive.jar"));
        BrokenPlugins.withoutSymbolicName(home.resolve("plugins/sans-nom.jar"));
        BrokenPlugins.registeringNothing(home.resolve("plugins/vide.jar"));
        Files.copy(home.resolve("plugins/vide.jar"), home.resolve("plugins/vide2.jar"));

        Distribution.Run check = check();

        assertThat(check.code()).isEqualTo(4);
        assertThat(lineWith(check.err(), "pas-une-archive.jar")).doesNotContain("Unable to cache");
        assertThat(lineWith(check.err(), "sans-nom.jar")).contains("Bundle-SymbolicName");
        assertThat(lineWith(check.err(), "vide.jar (org.example.nothing 1.0.0)")).contains("aucun lecteur");
        // the same bundle twice: the copy installed second names the jar it repeats
        assertThat(lineWith(check.err(), "vide2.jar")).contains("déjà installé depuis vide.jar");

        Distribution.Run report = report();
        assertThat(report.code()).isEqualTo(4);
        assertThat(provenance(ReportFiles.find(out, "recits-", ".xlsx"))).contains("pas-une-archive.jar")
                .contains("sans-nom.jar").contains("vide.jar");
    }

    /** Random bytes, a manifest the JDK cannot parse, a plain jar without OSGi headers: one line each, no trace. */
    @Test
    void randomBytesABadManifestAndAPlainJarAreOneLineEachWithoutATrace() throws Exception {
        BrokenPlugins.randomBytes(home.resolve("plugins/octets.jar"));
        BrokenPlugins.badManifest(home.resolve("plugins/manifeste.jar"));
        BrokenPlugins.withoutOsgiHeaders(home.resolve("plugins/bibliotheque.jar"));

        Distribution.Run check = check();

        assertThat(check.code()).as(check.err()).isEqualTo(4);
        assertThat(check.err().lines().filter(l -> l.contains("octets.jar")).toList()).singleElement().asString()
                .contains("n’est pas une archive jar lisible");
        assertThat(check.err().lines().filter(l -> l.contains("manifeste.jar")).toList()).singleElement().asString()
                .contains("son manifeste est incorrect").contains("META-INF/MANIFEST.MF");
        assertThat(check.err().lines().filter(l -> l.contains("bibliotheque.jar")).toList()).singleElement().asString()
                .contains("Bundle-SymbolicName absent");
        assertThat(check.err()).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("Unable to cache");
        assertThat(lineWith(check.err(), "Détails pour l’auteur du greffon (traces Java)")).contains(".log");
    }

    @Test
    void aComponentThatFailsToActivateIsOneLineAndTheReportGoesOn() throws Exception {
        BrokenPlugins.failingActivation(home.resolve("plugins/activation.jar"));

        Distribution.Run report = report();

        assertThat(report.code()).as(report.err()).isEqualTo(4);
        assertThat(report.err().lines().filter(l -> l.contains("org.example.activation")).count()).isEqualTo(1);
        assertThat(lineWith(report.err(), "org.example.activation")).contains("fichier de configuration absent");
        assertThat(report.err()).doesNotContain("\tat ").doesNotContain("InvocationTargetException");
        // the trace is for the plugin's author, in the log file the last line names
        String log = lineWith(report.err(), "Détails pour l’auteur du greffon (traces Java)");
        Path logFile = Path.of(log.substring(log.indexOf(":") + 1).strip());
        assertThat(Files.readString(logFile)).contains("org.example.activation").contains("\tat ");
        assertThat(ReportFiles.indicatorCodes(ReportFiles.find(out, "recits-", ".xlsx")))
                .contains("PART_ATTENDANCE_RATE");
    }

    @Test
    void aFailureInsideAPluginNeverReachesTheNarrativeAsJavaText() throws Exception {
        BrokenPlugins.throwingInSentences(home.resolve("plugins/phrases.jar"));
        BrokenPlugins.throwingInCompute(home.resolve("plugins/calcul.jar"));

        Distribution.Run report = report();

        assertThat(report.code()).as(report.err()).isEqualTo(4);
        assertThat(report.err()).contains("EX_PHRASES").contains("EX_BROKEN");
        // the sentences failed, the figures did not: EX_PHRASES is in the workbook with its value
        Path xlsx = ReportFiles.find(out, "recits-", ".xlsx");
        assertThat(numbersOf(xlsx, "EX_PHRASES")).contains(42.0);
        String html = Files.readString(ReportFiles.find(out, "recit-", ".html"), StandardCharsets.UTF_8);
        String docx = docxText(ReportFiles.find(out, "recit-", ".docx"));
        for (String narrative : List.of(html, docx)) {
            assertThat(narrative).contains("EX_PHRASES").contains("EX_BROKEN")
                    .doesNotContain("Exception").doesNotContain("java.").doesNotContain("ThrowingSentences")
                    .doesNotContain("gabarit introuvable").doesNotContain("division par zéro");
        }
    }

    // ---- running it as a user would --------------------------------------------------------------

    private Distribution.Run report() throws IOException, InterruptedException {
        return Distribution.script(home, tmp, "report", "--data", home.resolve("demo").toString(), "--period",
                "2021-T1", "--out", out.toString());
    }

    private Distribution.Run check() throws IOException, InterruptedException {
        return Distribution.script(home, tmp, "check", "--data", home.resolve("demo").toString());
    }

    private Path dropExample() throws IOException {
        Path jar;
        try (Stream<Path> s = Files.list(Paths.get(System.getProperty("recits.itPlugins")))) {
            jar = s.filter(p -> p.getFileName().toString().endsWith(".jar")).findFirst().orElseThrow();
        }
        return Files.copy(jar, home.resolve("plugins").resolve(jar.getFileName()));
    }

    /** The one line of {@code text} that mentions {@code needle}; fails when there is none. */
    private static String lineWith(String text, String needle) {
        return text.lines().filter(l -> l.contains(needle)).findFirst()
                .orElseThrow(() -> new AssertionError("no line with " + needle + " in:\n" + text));
    }

    /** Every number on the Indicateurs rows of {@code code}. */
    private static List<Double> numbersOf(Path xlsx, String code) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<Double> numbers = new ArrayList<>();
            for (Row row : wb.getSheet("Indicateurs")) {
                boolean ofCode = false;
                for (Cell c : row) {
                    ofCode |= c.getCellType() == CellType.STRING && c.getStringCellValue().equals(code);
                }
                for (Cell c : row) {
                    if (ofCode && c.getCellType() == CellType.NUMERIC) {
                        numbers.add(c.getNumericCellValue());
                    }
                }
            }
            return numbers;
        }
    }

    /** All the text of the Provenance sheet. */
    private static String provenance(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            StringBuilder sb = new StringBuilder();
            for (Row row : wb.getSheet("Provenance")) {
                for (Cell c : row) {
                    if (c.getCellType() == CellType.STRING) {
                        sb.append(c.getStringCellValue()).append('\n');
                    }
                }
            }
            return sb.toString();
        }
    }

    private static String docxText(Path docx) throws IOException {
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
        }
    }
}
