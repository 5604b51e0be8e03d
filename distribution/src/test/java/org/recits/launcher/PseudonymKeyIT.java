package org.recits.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Respondents in the outputs are keyed pseudonyms: the key made on first use and said, the same key giving the
 * same pseudonyms run after run, another key others, no respondent id as the survey tool gave it, and an
 * unreadable key stopping the run rather than being replaced.
 */
class PseudonymKeyIT {

    @TempDir
    static Path work;

    static Path key;
    static Distribution.Run first;
    static List<String> once;
    static List<String> twice;
    static List<String> otherKey;

    @BeforeAll
    static void runTheSampleProgrammeThreeTimes() throws IOException {
        key = work.resolve("config/recits/cle-pseudonymes.txt");
        first = report("a", key);
        once = respondents("a");
        report("b", key);
        twice = respondents("b");
        report("c", work.resolve("autre-cle.txt"));
        otherKey = respondents("c");
    }

    private static Distribution.Run report(String out, Path keyFile) {
        Distribution.Run run = Distribution.inProcess(Distribution.folder(), "report", "--data",
                Distribution.folder().resolve("demo").toString(), "--period", "2021-T1", "--out",
                work.resolve(out).toString(), "--format", "csv", "--cle-pseudonymes", keyFile.toString());
        assertThat(run.code()).as(run.err()).isZero();
        return run;
    }

    /** The Répondant column of the answers file. */
    private static List<String> respondents(String out) throws IOException {
        List<String> ids = new ArrayList<>();
        List<String> lines = Files.readAllLines(work.resolve(out).resolve("recits-2021-T1-donnees-reponses.csv"),
                StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            ids.add(line.split(";", -1)[2]);
        }
        return ids;
    }

    @Test
    void theKeyIsMadeOnFirstUseAndTheMessageSaysWhereAndToKeepIt() throws IOException {
        assertThat(key).isRegularFile();
        assertThat(Files.readString(key)).containsPattern("\n[0-9a-f]{64}\n");
        assertThat(first.err()).contains("Clé des pseudonymes créée\u00a0: " + key).contains("Gardez ce fichier");
    }

    @Test
    void everyRespondentIsAKeyedPseudonymTheSameUnderTheSameKeyAndAnotherUnderAnother() {
        assertThat(once).isNotEmpty().allMatch(id -> id.matches("pseudo-[0-9a-f]{16}"));
        assertThat(twice).isEqualTo(once);
        assertThat(otherKey).hasSameSizeAs(once).doesNotContainAnyElementsOf(once);
    }

    @Test
    void noSurveyToolsIdIsPublishedAsItIs() throws IOException {
        // the sample's KoBoToolbox export identifies respondents by a uuid: none in any CSV or in the workbook
        String outputs = allText(work.resolve("a"));
        assertThat(outputs).doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(outputs).contains("Chaque répondant figure sous un pseudonyme à clé").doesNotContain("clé d’exemple");
    }

    @Test
    void theDemoSaysItsPseudonymsUseThePublishedExampleKey() throws IOException {
        Distribution.Run demo = Distribution.inProcess(Distribution.folder(), "demo", "--out",
                work.resolve("demo").toString());
        assertThat(demo.code()).as(demo.err()).isZero();
        assertThat(demo.err()).doesNotContain("Clé des pseudonymes créée");
        assertThat(allText(work.resolve("demo"))).contains("clé d’exemple de Récits, publiée");
    }

    @Test
    void anUnreadableKeyStopsTheRunAndStaysAsItWas() throws IOException {
        Path broken = work.resolve("cassee.txt");
        Files.writeString(broken, "# la clé a été effacée\n");
        Distribution.Run run = Distribution.inProcess(Distribution.folder(), "report", "--data",
                Distribution.folder().resolve("demo").toString(), "--period", "2021-T1", "--out",
                work.resolve("d").toString(), "--cle-pseudonymes", broken.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("ne contient pas de clé des pseudonymes").contains(broken.toString());
        assertThat(Files.readString(broken)).isEqualTo("# la clé a été effacée\n");
        assertThat(work.resolve("d").resolve("recits-2021-T1.xlsx")).doesNotExist();
    }

    /** The CSV files' text and the workbook's shared strings. */
    private static String allText(Path out) throws IOException {
        StringBuilder all = new StringBuilder();
        try (var files = Files.list(out)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (name.endsWith(".csv")) {
                    all.append(Files.readString(f, StandardCharsets.UTF_8));
                } else if (name.endsWith(".xlsx")) {
                    try (ZipFile zip = new ZipFile(f.toFile())) {
                        var e = zip.getEntry("xl/sharedStrings.xml");
                        if (e != null) {
                            all.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                        }
                        for (var entries = zip.entries(); entries.hasMoreElements();) {
                            var sheet = entries.nextElement();
                            if (sheet.getName().startsWith("xl/worksheets/")) {
                                all.append(new String(zip.getInputStream(sheet).readAllBytes(),
                                        StandardCharsets.UTF_8));
                            }
                        }
                    }
                }
            }
        }
        return all.toString();
    }
}
