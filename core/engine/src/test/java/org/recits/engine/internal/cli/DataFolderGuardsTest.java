package org.recits.engine.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.data.Dataset;
import org.recits.api.data.Finding;
import org.recits.api.data.SourceFile;
import org.recits.api.ingest.Ingestor;
import org.recits.api.ingest.InputFile;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Session;
import org.recits.api.model.SessionType;
import org.recits.api.model.SourceRef;
import org.recits.engine.internal.Fixtures;
import org.recits.engine.internal.Plugins;
import org.recits.engine.internal.Registered;

/**
 * The data folder's guardrails, through the command line: a folder with nothing readable, the same
 * table from two sources, and files that are not data (locks, hidden files, earlier outputs).
 */
class DataFolderGuardsTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /**
     * Reads {@code sessions.txt}/{@code .tsv} under any case or accent ({@code Sessions.tsv}) as table
     * {@code sessions}, and {@code .wb} "workbooks" whose lines are {@code Sheet|collectivite;id;date}, one
     * table per sheet named like it (sessions or autres), labelled {@code file#Sheet} as the activity
     * reader labels sheets.
     */
    static final class TableIngestor implements Ingestor {
        @Override
        public String id() {
            return "tables";
        }

        @Override
        public boolean accepts(InputFile file) {
            String n = file.fileName();
            return n.endsWith(".wb") || ((n.endsWith(".txt") || n.endsWith(".tsv"))
                    && table(n.substring(0, n.lastIndexOf('.'))).equals("sessions"));
        }

        @Override
        public List<SourceFile.TableCount> ingest(InputFile file, Dataset.Builder builder) throws IOException {
            List<String> lines = Files.readAllLines(file.path(), StandardCharsets.UTF_8);
            boolean workbook = file.fileName().endsWith(".wb");
            Map<String, long[]> counts = new LinkedHashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                String sheet = workbook ? line.substring(0, line.indexOf('|')) : null;
                if (sheet != null && !List.of("sessions", "autres").contains(table(sheet))) {
                    continue;
                }
                String label = sheet == null ? file.name() : file.name() + "#" + sheet;
                long[] c = counts.computeIfAbsent(sheet == null ? "" : sheet, k -> new long[2]);
                c[0]++;
                String[] f = (sheet == null ? line : line.substring(line.indexOf('|') + 1)).split(";");
                try {
                    builder.add(new Session(f[0], f[1], LocalDate.parse(f[2]), 2, SessionType.SESSION, null,
                            List.of(), false, Map.of(), new SourceRef(label, i + 1)));
                    c[1]++;
                } catch (RuntimeException e) {
                    builder.finding(Finding.rejected(label, i + 1, "date", f.length > 2 ? f[2] : null,
                            LocalizedText.of("date illisible", "unreadable date")));
                }
            }
            List<SourceFile.TableCount> tables = new ArrayList<>();
            counts.forEach((sheet, c) -> tables.add(new SourceFile.TableCount(sheet.isEmpty() ? "sessions" : table(sheet),
                    c[0], c[1], c[0] - c[1])));
            if (!workbook && tables.isEmpty()) {
                tables.add(new SourceFile.TableCount("sessions", 0, 0, 0));
            }
            return tables;
        }

        static String table(String name) {
            return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        }
    }

    private int run(String... args) {
        Plugins plugins = Plugins.of(List.of(Registered.local(new TableIngestor())),
                List.of(Registered.local(new Fixtures.SessionCount())),
                List.of(Registered.local(new Fixtures.TextRenderer())));
        CliContext ctx = new CliContext(() -> plugins, List::of, tmp.resolve("home"), "9.9.9",
                new PrintWriter(out, true), new PrintWriter(err, true), false);
        return RecitsCli.run(ctx, args);
    }

    private Path folder(String name) throws IOException {
        return Files.createDirectories(tmp.resolve(name));
    }

    private static void write(Path file, String... lines) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, List.of(lines), StandardCharsets.UTF_8);
    }

    private String programmeLine(Path outDir) throws IOException {
        return Files.readAllLines(outDir.resolve("resultats-2020-T1.txt")).stream()
                .filter(l -> l.startsWith("T_SESSIONS programme")).findFirst().orElseThrow();
    }

    @Test
    void anEmptyFolderIsAUsageErrorForCheckAndReportAndNothingIsWritten() throws IOException {
        Path data = folder("vide");
        assertThat(run("check", "--data", data.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("est vide").contains("collectivites.csv").contains("--data");
        assertThat(out.toString()).doesNotContain("Aucune ligne rejetée").doesNotContain("Lignes\u00A0: ");

        Path outDir = tmp.resolve("out");
        assertThat(run("report", "--data", data.toString(), "--period", "2020-T1", "--out", outDir.toString()))
                .isEqualTo(2);
        assertThat(outDir).doesNotExist();

        assertThat(run("check", "--data", data.toString(), "--lang", "en")).isEqualTo(2);
        assertThat(err.toString()).contains("is empty");
    }

    @Test
    void aMissingFolderIsAUsageError() {
        Path data = tmp.resolve("nulle-part");
        assertThat(run("check", "--data", data.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("n’existe pas");
        assertThat(run("report", "--data", data.toString(), "--period", "2020-T1", "--out",
                tmp.resolve("out").toString())).isEqualTo(2);
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void aFolderWithoutAnyFileOfTheFormatSaysWhatItFoundAndWhatWasExpected() throws IOException {
        Path data = folder("autre");
        for (int i = 1; i <= 11; i++) {
            write(data.resolve("export-" + i + ".csv"), "a,b", "1,2");
        }
        write(data.resolve("notes.docx"), "x");
        assertThat(run("check", "--data", data.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("12 fichiers, aucun ne correspond au format\u00a0: attendu collectivites.csv")
                .contains("attendu collectivites.csv").contains("export-1.csv");

        Path outDir = tmp.resolve("out");
        assertThat(run("report", "--data", data.toString(), "--period", "2020-T1", "--out", outDir.toString()))
                .isEqualTo(2);
        assertThat(outDir).doesNotExist();
    }

    @Test
    void filesOfTheFormatWithoutAnyDataRowAreNothingToReport() throws IOException {
        Path data = folder("entetes");
        write(data.resolve("sessions.txt"));
        assertThat(run("report", "--data", data.toString(), "--period", "2020-T1", "--out",
                tmp.resolve("out").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("aucune ligne de données").contains("sessions.txt");
    }

    @Test
    void filesWhoseEveryRowIsRejectedAreNothingToReportButCheckListsTheRows() throws IOException {
        Path data = folder("rejets");
        write(data.resolve("sessions.txt"), "metz;s1;31/02/2020", "metz;s2;mi-mars");
        Path outDir = tmp.resolve("out");
        assertThat(run("report", "--data", data.toString(), "--period", "2020-T1", "--out", outDir.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("aucune ligne utilisable").contains("les 2 lignes lues sont rejetées");
        assertThat(outDir).doesNotExist();
        out.getBuffer().setLength(0);
        assertThat(run("check", "--data", data.toString())).isEqualTo(2);
        assertThat(out.toString()).contains("valeur «\u00a031/02/2020\u00a0»").contains("valeur «\u00a0mi-mars\u00a0»");
    }

    @Test
    void locksHiddenFilesAndEarlierOutputsAreSkippedAndSaidOnce() throws IOException {
        Path data = folder("data");
        write(data.resolve("sessions.txt"), "metz;s1;2020-01-10", "metz;s2;2020-02-10");
        write(data.resolve(".~lock.sessions.txt#"), ",moi,poste,01.01.2020 10:00,file:///home/moi/.config;");
        write(data.resolve("~$bo.xlsx"), "verrou Excel");
        write(data.resolve(".sauvegarde/sessions.txt"), "metz;s1;2020-01-10");
        write(data.resolve(".DS_Store"), "x");
        write(data.resolve("out/recits-2020-T1.xlsx"), "classeur");
        write(data.resolve("out/recits-2020-T1-donnees.csv"), "a;b");
        // the records tables' CSV, one file each, beside the data: not read as a sessions file
        write(data.resolve("recits-2020-T1-donnees-sessions.csv"), "a;b");
        write(data.resolve("recits-2020-Q1-data-survey-answers.csv"), "a,b");
        // the narrative's PDF written beside the data: an output too, not a file no reader takes
        write(data.resolve("recit-2020-T1.pdf"), "%PDF-1.7");
        write(data.resolve("out/graphiques/assiduite.svg"), "<svg/>");

        assertThat(run("check", "--data", data.toString(), "--strict")).as(out + "" + err).isZero();
        String text = out.toString();
        assertThat(text).contains("sessions.txt\u00a0: sessions — 2 lignes lues");
        assertThat(text).contains("ouvert dans un tableur").contains(".~lock.sessions.txt#").contains("~$bo.xlsx");
        assertThat(text).contains("dossier caché «\u00a0.sauvegarde\u00a0»");
        assertThat(text).contains("«\u00a0out\u00a0»").contains("sortie de Récits");
        assertThat(text).doesNotContain(".DS_Store").doesNotContain("aucun lecteur");

        Path outDir = tmp.resolve("rapport");
        assertThat(run("report", "--data", data.toString(), "--period", "2020-T1", "--out", outDir.toString(),
                "--seuil", "1")).isZero();
        assertThat(programmeLine(outDir)).startsWith("T_SESSIONS programme 2.0");
    }

    @Test
    void theOutputFolderOfThisRunInsideTheDataFolderIsNotReadBack() throws IOException {
        Path data = folder("data");
        write(data.resolve("sessions.txt"), "metz;s1;2020-01-10");
        write(data.resolve("sortie/sessions.txt"), "metz;s9;2020-01-11");
        assertThat(run("report", "--data", data.toString(), "--period", "2020-T1", "--out",
                data.resolve("sortie").toString(), "--seuil", "1")).isZero();
        assertThat(programmeLine(data.resolve("sortie"))).startsWith("T_SESSIONS programme 1.0");
    }

    @Test
    void aDataFolderThatIsASymbolicLinkIsRead() throws IOException {
        Path real = folder("vraies-donnees");
        write(real.resolve("sessions.txt"), "metz;s1;2020-01-10", "metz;s2;2020-02-10");
        Path link = Files.createSymbolicLink(tmp.resolve("data"), real);
        Path outDir = tmp.resolve("out");
        assertThat(run("report", "--data", link.toString(), "--period", "2020-T1", "--out", outDir.toString(),
                "--seuil", "1")).isZero();
        assertThat(programmeLine(outDir)).startsWith("T_SESSIONS programme 2.0");
    }

    @Test
    void aPeriodBeforeAllTheDataIsWrittenWithAWarning() throws IOException {
        Path data = folder("data");
        write(data.resolve("sessions.txt"), "metz;s1;2020-01-10");
        Path outDir = tmp.resolve("out");
        assertThat(run("report", "--data", data.toString(), "--period", "1999-T1", "--out", outDir.toString(),
                "--seuil", "1")).as(err.toString()).isZero();
        assertThat(err.toString()).contains("la période précède toutes les données");
        err.getBuffer().setLength(0);
        assertThat(run("report", "--data", data.toString(), "--period", "2020-T1", "--out", tmp.resolve("o2").toString(),
                "--seuil", "1")).isZero();
        assertThat(err.toString()).doesNotContain("précède");
    }

    @Test
    void twoFilesOfTheSameTableInOneFolderStopWithThreeNamingBoth() throws IOException {
        Path data = folder("data");
        write(data.resolve("sessions.txt"), "metz;s1;2020-01-10");
        write(data.resolve("Séssions.tsv"), "metz;s1;2020-01-10", "metz;s2;2020-02-10");
        assertThat(run("check", "--data", data.toString())).isEqualTo(3);
        assertThat(out.toString()).contains("sessions.txt").contains("Séssions.tsv")
                .contains("--source sessions=Séssions.tsv").contains("--source sessions=sessions.txt");
        assertThat(err.toString()).contains("--source");

        Path outDir = tmp.resolve("out");
        assertThat(run("report", "--data", data.toString(), "--period", "2020-T1", "--out", outDir.toString()))
                .isEqualTo(3);
        assertThat(outDir).doesNotExist();
        assertThat(err.toString()).contains("sessions.txt").contains("Séssions.tsv");
    }

    @Test
    void theUserChoosesTheSourceOfATableAndTheOtherIsSetAsideWithItsFindings() throws IOException {
        Path data = folder("data");
        write(data.resolve("sessions.txt"), "metz;s1;2020-01-10");
        write(data.resolve("labo.wb"), "Sessions|metz;s1;2020-01-10", "Sessions|metz;s2;2020-02-10",
                "Sessions|metz;s3;31/02/2020", "Notes|rien", "Autres|metz;a1;2020-03-01");

        Path outDir = tmp.resolve("out");
        assertThat(run("report", "--data", data.toString(), "--period", "2020-T1", "--out", outDir.toString(),
                "--seuil", "1", "--source", "sessions=labo.wb")).as(err.toString()).isZero();
        // the workbook's two sessions and its other table's one
        assertThat(programmeLine(outDir)).startsWith("T_SESSIONS programme 3.0");

        Path other = tmp.resolve("autre");
        assertThat(run("report", "--data", data.toString(), "--period", "2020-T1", "--out", other.toString(),
                "--seuil", "1", "--source", "Sessions=sessions.txt", "--strict")).as(err.toString()).isZero();
        // sessions.txt's one and the workbook's other table's one: only the Sessions sheet is set aside
        assertThat(programmeLine(other)).startsWith("T_SESSIONS programme 2.0");

        out.getBuffer().setLength(0);
        assertThat(run("check", "--data", data.toString(), "--source", "sessions=sessions.txt")).isZero();
        assertThat(out.toString()).contains("mise de côté").doesNotContain("31/02/2020");
    }

    @Test
    void aChoiceThatNamesNoSourceIsAUsageError() throws IOException {
        Path data = folder("data");
        write(data.resolve("sessions.txt"), "metz;s1;2020-01-10");
        write(data.resolve("Sessions.tsv"), "metz;s2;2020-02-10");
        assertThat(run("check", "--data", data.toString(), "--source", "sessions=autre.csv")).isEqualTo(2);
        assertThat(err.toString()).contains("autre.csv").contains("sessions.txt").contains("Sessions.tsv");
        assertThat(run("check", "--data", data.toString(), "--source", "financements=sessions.txt")).isEqualTo(2);
        assertThat(run("check", "--data", data.toString(), "--source", "sessions")).isEqualTo(2);
        assertThat(err.toString()).contains("TABLE=FICHIER");
    }

    @Test
    void theSameTableInTwoSubfoldersIsTwoLabsMergedNotACollision() throws IOException {
        Path data = folder("data");
        write(data.resolve("metz/sessions.txt"), "metz;s1;2020-01-10");
        write(data.resolve("lille/sessions.txt"), "lille;s1;2020-01-12");
        Path outDir = tmp.resolve("out");
        assertThat(run("report", "--data", data.toString(), "--period", "2020-T1", "--out", outDir.toString(),
                "--seuil", "1")).as(err.toString()).isZero();
        assertThat(programmeLine(outDir)).startsWith("T_SESSIONS programme 2.0");
    }

    @Test
    void aCopyOfALabsTableInAnotherFolderIsACollisionNotASecondLab() throws IOException {
        Path data = folder("data");
        write(data.resolve("metz/sessions.txt"), "metz;s1;2020-01-10");
        write(data.resolve("ancien/sessions.txt"), "metz;s1;2020-01-10");
        write(data.resolve("lille/sessions.txt"), "lille;s1;2020-01-12");
        Path outDir = tmp.resolve("out");
        assertThat(run("report", "--data", data.toString(), "--period", "2020-T1", "--out", outDir.toString(),
                "--seuil", "1")).isEqualTo(3);
        assertThat(outDir).doesNotExist();
        assertThat(run("check", "--data", data.toString())).isEqualTo(3);
        // the same file name in two folders: the ways out give the paths
        assertThat(out.toString()).contains("--source sessions=ancien/sessions.txt")
                .contains("--source sessions=metz/sessions.txt").doesNotContain("lille/sessions.txt\u00a0: les deux");

        assertThat(run("report", "--data", data.toString(), "--period", "2020-T1", "--out", outDir.toString(),
                "--seuil", "1", "--source", "sessions=metz/sessions.txt")).as(err.toString()).isZero();
        assertThat(programmeLine(outDir)).startsWith("T_SESSIONS programme 2.0"); // metz once, and lille
    }
}
