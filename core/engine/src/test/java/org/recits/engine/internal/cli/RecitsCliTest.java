// Over 400 lines: one test per behaviour seen from the command line (help, languages, exit codes, usage errors,
// report and check on fixture plugins), sharing one way to run it; the mapping, serve and store commands and the
// folder guards have test classes of their own.
package org.recits.engine.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.indicator.Indicator;
import org.recits.api.report.ReportRenderer;
import org.recits.engine.internal.Fixtures;
import org.recits.engine.internal.PluginProblem;
import org.recits.engine.internal.Plugins;

class RecitsCliTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Plugins plugins, String... args) {
        CliContext ctx = new CliContext(() -> plugins, List::of, tmp.resolve("home"), "9.9.9",
                new PrintWriter(out, true), new PrintWriter(err, true), false);
        return RecitsCli.run(ctx, args);
    }

    /** As {@link #run} with plugin jars that took no part in the run. */
    private int runWith(List<PluginProblem> loading, Plugins plugins, String... args) {
        CliContext ctx = new CliContext(() -> plugins, () -> loading, tmp.resolve("home"), "9.9.9",
                new PrintWriter(out, true), new PrintWriter(err, true), false);
        return RecitsCli.run(ctx, args);
    }

    private Plugins good() {
        return Fixtures.plugins(List.of(new Fixtures.SessionCount()), List.of(new Fixtures.TextRenderer()));
    }

    private Path data(String... lines) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("data"));
        Files.write(dir.resolve("sessions.txt"), List.of(lines), StandardCharsets.UTF_8);
        return dir;
    }

    @Test
    void versionAndHelp() {
        assertThat(run(good(), "--version")).isZero();
        assertThat(out.toString()).contains("Récits 9.9.9");
        assertThat(run(good(), "--help")).isZero();
        assertThat(out.toString()).contains("Utilisation\u00a0:").contains("report").contains("Commandes\u00a0:");
        assertThat(run(good(), "report", "--help", "--lang", "en")).isZero();
        assertThat(out.toString()).contains("Usage:").contains("--period");
    }

    /** {@code --version} lists the packages the context says are installed, in the language asked for. */
    @Test
    void versionListsThePackagesAPluginCanImport() {
        SortedMap<String, String> installed = new TreeMap<>(Map.of("org.recits.api.model", "1.1.0",
                "org.recits.api.indicator", "1.3.0"));
        CliContext ctx = new CliContext(this::good, List::of, tmp.resolve("home"), "9.9.9",
                new PrintWriter(out, true), new PrintWriter(err, true), false, () -> installed);
        assertThat(RecitsCli.run(ctx, "--version")).isZero();
        assertThat(out.toString()).isEqualTo(String.join(System.lineSeparator(), "Récits 9.9.9",
                "Paquets qu’un greffon peut importer, avec leur version installée\u00a0:",
                "  org.recits.api.indicator 1.3.0", "  org.recits.api.model 1.1.0", ""));
        out.getBuffer().setLength(0);
        assertThat(RecitsCli.run(ctx, "--version", "--lang", "en")).isZero();
        assertThat(out.toString()).startsWith("Récits 9.9.9" + System.lineSeparator()
                + "Packages a plugin can import, with their installed version:" + System.lineSeparator());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void usageErrorsExitWithTwoAndSayWhatIsWrong() throws IOException {
        assertThat(run(good())).isEqualTo(2);
        assertThat(err.toString()).contains("indiquez une commande");
        // without --data the report reads the programme store, the default one when none is named: its plugin
        // must be there
        assertThat(run(good(), "report")).isEqualTo(1);
        assertThat(err.toString()).contains("le greffon de l’entrepôt (org.recits.store.postgresql) n’est pas installé");
        assertThat(run(good(), "report", "--data", "x", "--db", "postgresql://h/b")).isEqualTo(2);
        assertThat(err.toString()).contains("donnez l’un ou l’autre, pas les deux");
        assertThat(run(good(), "store", "push", "--data", "x", "--lab", "Lab Nord")).isEqualTo(2);
        assertThat(err.toString()).contains("«\u00a0Lab Nord\u00a0» ne peut pas nommer un labo");
        assertThat(run(good(), "store")).isEqualTo(2);
        assertThat(err.toString()).contains("indiquez une commande de l’entrepôt");
        Path data = data("metz;s1;2020-01-10");
        assertThat(run(good(), "report", "--data", data.toString(), "--period", "2020-T9")).isEqualTo(2);
        assertThat(err.toString()).contains("période illisible «\u00a02020-T9\u00a0»");
        assertThat(run(good(), "frobnicate")).isEqualTo(2);
    }

    @Test
    void picocliUsageErrorsAreSaidInTheLanguageOfTheRun() throws IOException {
        assertThat(run(good(), "check")).isEqualTo(2);
        assertThat(err.toString()).contains("Erreur\u00a0: option obligatoire manquante\u00a0: --data DOSSIER.")
                .contains("Aide\u00a0: recits check --help").doesNotContain("Missing");
        err.getBuffer().setLength(0);
        assertThat(run(good(), "check", "--datas", "x")).isEqualTo(2);
        assertThat(err.toString()).contains("option inconnue «\u00a0--datas\u00a0»")
                .contains("Vouliez-vous dire\u00a0: --data\u202f?").doesNotContain("Unknown");
        err.getBuffer().setLength(0);
        assertThat(run(good(), "raport")).isEqualTo(2);
        assertThat(err.toString()).contains("argument inattendu «\u00a0raport\u00a0»").contains("rapport");
        err.getBuffer().setLength(0);
        assertThat(run(good(), "report", "--data", "x", "--seuil", "cinq")).isEqualTo(2);
        assertThat(err.toString()).contains("valeur «\u00a0cinq\u00a0» pour --seuil N\u00a0: un nombre entier est attendu.");
        err.getBuffer().setLength(0);
        assertThat(run(good(), "check", "--data", "x", "--lang", "de")).isEqualTo(2);
        assertThat(err.toString()).contains("valeur «\u00a0de\u00a0» inconnue pour --lang fr|en\u00a0: valeurs possibles\u00a0: fr, en.");
        err.getBuffer().setLength(0);
        assertThat(run(good(), "--lang", "en", "check")).isEqualTo(2);
        assertThat(err.toString()).contains("Error: missing required option: --data DOSSIER.")
                .contains("Help: recits check --help");
    }

    @Test
    void langWorksInAnyPositionAndFrenchAliasesRunTheSameCommands() throws IOException {
        Path data = data("metz;s1;2020-01-10", "metz;s2;31/02/2020");
        assertThat(run(good(), "--lang", "en", "check", "--data", data.toString())).isZero();
        assertThat(out.toString()).contains("rejected line 2, column \"date\", value \"31/02/2020\": unreadable date");
        out.getBuffer().setLength(0);
        assertThat(run(good(), "verifier", "--data", data.toString())).isZero();
        assertThat(out.toString()).contains("rejetée ligne 2, colonne «\u00a0date\u00a0», valeur «\u00a031/02/2020\u00a0»\u00a0: date illisible");
        out.getBuffer().setLength(0);
        assertThat(run(good(), "vérifier", "--lang=en", "--data", data.toString())).isZero();
        assertThat(out.toString()).contains("unreadable date");
        Path outDir = tmp.resolve("rapport");
        assertThat(run(good(), "--lang", "en", "rapport", "--data", data.toString(),
                "--out", outDir.toString(), "--seuil", "1")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("2020-Q1");
        assertThat(Files.readAllLines(outDir.resolve("resultats-2020-T1.txt"))).isNotEmpty();
        out.getBuffer().setLength(0);
        assertThat(run(good(), "--help")).isZero();
        assertThat(out.toString()).contains("report, rapport").contains("check, verifier, vérifier")
                .contains("Lit les fichiers d\u02BCun labo et écrit le rapport");
    }

    /** The help wraps its lines where a French reader breaks them: never between « l’ » and its word. */
    @Test
    void noHelpLineEndsOnAnApostrophe() throws IOException {
        for (String command : List.of("report", "demo", "check", "init", "mapping", "store")) {
            out.getBuffer().setLength(0);
            assertThat(run(good(), command, "--help")).isZero();
            assertThat(out.toString().lines().filter(l -> l.endsWith("\u2019") || l.endsWith("\u02BC")))
                    .as("help of %s", command).isEmpty();
        }
        out.getBuffer().setLength(0);
        assertThat(run(good(), "--help")).isZero();
        assertThat(out.toString()).contains("d\u02BCexemple livré avec Récits");
    }

    @Test
    void impossibleYearsAreRefusedAsPeriods() throws IOException {
        Path data = data("metz;s1;2020-01-10");
        for (String p : new String[] {"0000-T1", "0000", "1899-12", "2101-Q1", "0001-01-01..2020-01-01"}) {
            assertThat(run(good(), "report", "--data", data.toString(), "--period", p, "--out",
                    tmp.resolve("o").toString())).as(p).isEqualTo(2);
            assertThat(err.toString()).contains("période «\u00a0" + p + "\u00a0» impossible")
                    .contains("de 1900 à 2100");
        }
        assertThat(Files.exists(tmp.resolve("o"))).isFalse();
    }

    @Test
    void aRangeTypedEndFirstIsNamedAsReversedWithTheFixedRange() throws IOException {
        Path data = data("metz;s1;2020-01-10");
        assertThat(run(good(), "report", "--data", data.toString(), "--period", "2021-03-31..2020-01-01", "--out",
                tmp.resolve("o").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("période «\u00a02021-03-31..2020-01-01\u00a0» à l’envers")
                .contains("ici 2020-01-01..2021-03-31");
        assertThat(Files.exists(tmp.resolve("o"))).isFalse();
    }

    @Test
    void aMissingDataFolderIsSaidBeforeAnyPseudonymKeyIsMade() {
        Path key = tmp.resolve("cles/cle-pseudonymes.txt");
        int code = run(good(), "report", "--data", tmp.resolve("pas-la").toString(), "--period", "2020-T1",
                "--cle-pseudonymes", key.toString(), "--out", tmp.resolve("o").toString());
        assertThat(code).as(err.toString()).isNotZero();
        assertThat(err.toString()).contains("le dossier de données " + tmp.resolve("pas-la") + " n’existe pas")
                .doesNotContain(key.toString());
        assertThat(key).doesNotExist();
        assertThat(tmp.resolve("cles")).doesNotExist();
        assertThat(tmp.resolve("o")).doesNotExist();
    }

    @Test
    void anOutputFolderThatIsAFileIsNamedAndExplained() throws IOException {
        Path data = data("metz;s1;2020-01-10");
        Path file = Files.writeString(tmp.resolve("outfile"), "mine");
        assertThat(run(good(), "report", "--data", data.toString(), "--period", "2020-T1", "--out", file.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("le dossier de sortie " + file + " est un fichier, pas un dossier");
        assertThat(Files.readString(file)).isEqualTo("mine");
    }

    @Test
    void initWritesTheReadersKitWholeThenRefusesToOverwriteIt() throws IOException {
        Path kit = tmp.resolve("kit");
        assertThat(run(good(), "init", kit.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Modèle écrit dans " + kit + " (2 fichiers)").doesNotContain("sessions.txt");
        assertThat(Files.readString(kit.resolve("notes/LISEZMOI.txt"))).isEqualTo("fr");
        try (var files = Files.list(kit)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("sessions.txt", "notes");
        }
        out.getBuffer().setLength(0);
        assertThat(run(good(), "verifier", "--data", kit.toString())).isZero();
        assertThat(out.toString()).contains("1 retenue, 0 rejetée").contains("aucun constat de rejet, aucun avertissement");

        Files.writeString(kit.resolve("sessions.txt"), "metz;s9;2020-03-01\n");
        Files.delete(kit.resolve("notes/LISEZMOI.txt"));
        assertThat(run(good(), "init", kit.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("ce fichier existe déjà\u00a0: " + kit.resolve("sessions.txt"))
                .contains("Rien n’a été écrit");
        // written whole or not at all: the missing note is not written either, the lab's file is untouched
        assertThat(kit.resolve("notes/LISEZMOI.txt")).doesNotExist();
        assertThat(Files.readString(kit.resolve("sessions.txt"))).isEqualTo("metz;s9;2020-03-01\n");
        try (var files = Files.list(kit)) {
            assertThat(files).noneMatch(p -> p.getFileName().toString().startsWith(".recits-tmp"));
        }

        Path english = tmp.resolve("kit-en");
        assertThat(run(good(), "--lang", "en", "init", "--verbose", english.toString())).isZero();
        assertThat(out.toString()).contains("  " + english.resolve("sessions.txt"))
                .contains("Template written to " + english + " (2 files)");
        assertThat(Files.readString(english.resolve("notes/LISEZMOI.txt"))).isEqualTo("en");
        err.getBuffer().setLength(0);
        assertThat(run(good(), "init")).isEqualTo(2);
        assertThat(err.toString()).contains("paramètre obligatoire manquant\u00a0: DOSSIER.");
    }

    /**
     * A caller that watches (the page of {@code recits serve}) is told the steps a terminal shows, through the same
     * channel: each file read, each indicator computed, each output written, with their counts.
     */
    @Test
    void aWatcherIsToldTheStepsOfTheReportWithTheirCounts() throws IOException {
        Path data = data("metz;s1;2020-01-10", "metz;s2;2020-02-10");
        List<String> steps = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        CliContext ctx = new CliContext(this::good, List::of, tmp.resolve("home"), "9.9.9", new PrintWriter(out, true),
                new PrintWriter(err, true), false, java.util.Collections::emptySortedMap, WebRuntime.NONE, () -> null,
                (what, done, total) -> steps.add(what + " " + done + "/" + total));
        assertThat(RecitsCli.run(ctx, "report", "--data", data.toString(), "--period", "2020-T1", "--out",
                tmp.resolve("out").toString(), "--cle-pseudonymes", tmp.resolve("cle.txt").toString())).as(err.toString())
                .isZero();
        assertThat(steps).contains("Lecture de sessions.txt 0/1", "Calcul de T_SESSIONS 0/1");
        assertThat(steps).anyMatch(s -> s.matches("Écriture\u00a0: \\S+ 0/1"));
        // a watched run draws nothing on standard error, as a run without a terminal
        assertThat(err.toString()).doesNotContain("\r");
    }

    @Test
    void reportWritesOutputsAndSuppressesSmallNumbers() throws IOException {
        Path data = data("metz;s1;2020-01-10", "metz;s2;2020-02-10", "lille;x1;2020-01-15", "nancy;n1;2020-01-20",
                "nancy;n2;2020-03-02", "nancy;n3;2020-03-09");
        Path outDir = tmp.resolve("out");
        int code = run(good(), "report", "--data", data.toString(), "--period", "2020-T1", "--out",
                outDir.toString(), "--seuil", "2");
        assertThat(code).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(outDir.resolve("resultats-2020-T1.txt"));
        // programme: 6 sessions; lille: 1 < threshold 2, so suppressed; metz (2, the fewest shown) is suppressed
        // too, else the programme minus metz and nancy would give lille's 1 back; nancy (3) is shown.
        // Sentences come from the indicator, for shown values only; the previous quarter (2019-T4) has no
        // session, so its value rests on 0 people, is suppressed, and is not offered for comparison.
        assertThat(lines).containsExactly("T_SESSIONS programme 6.0 | 6 séances (avant : n/d)",
                "T_SESSIONS lille suppressed", "T_SESSIONS metz suppressed", "T_SESSIONS nancy 3.0 | 3 séances (avant : n/d)");
        assertThat(out.toString()).contains("Rapport 2020-T1 écrit dans " + outDir + " (1 fichier).").contains("6 lignes retenues")
                .doesNotContain("resultats-2020-T1.txt");
        assertThat(out.toString().strip().lines().reduce((a, b) -> b).orElseThrow()).startsWith("1 fichier lu, 6 lignes retenues");
        try (var files = Files.list(outDir)) {
            // Besides the report, only Récits' own hidden folder (its lock and the list of this set's files).
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("resultats-2020-T1.txt",
                    ".recits");
        }
    }

    @Test
    void extraFormatsAreAskedWithFormatAndUnknownOnesAreUsageErrors() throws IOException {
        Path data = data("metz;s1;2020-01-10");
        Path outDir = tmp.resolve("csv-out");
        assertThat(run(good(), "report", "--data", data.toString(), "--period", "2020-T1", "--out",
                outDir.toString(), "--format", "CSV", "--seuil", "1")).as(err.toString()).isZero();
        assertThat(outDir.resolve("resultats-2020-T1.csv")).exists();
        out.getBuffer().setLength(0);
        Path verbose = tmp.resolve("verbose-out");
        assertThat(run(good(), "report", "--data", data.toString(), "--period", "2020-T1", "--out",
                verbose.toString(), "--format", "csv", "--seuil", "1", "--verbose")).isZero();
        assertThat(out.toString().lines().toList()).startsWith("Rapport 2020-T1 écrit dans " + verbose + " (2 fichiers)\u00a0:",
                "  " + verbose.resolve("resultats-2020-T1.csv"), "  " + verbose.resolve("resultats-2020-T1.txt"));
        assertThat(out.toString().strip().lines().reduce((a, b) -> b).orElseThrow()).startsWith("1 fichier lu");
        assertThat(run(good(), "report", "--data", data.toString(), "--period", "2020-T1", "--out",
                tmp.resolve("pdf-out").toString(), "--format", "pdf")).isEqualTo(2);
        assertThat(err.toString()).contains("format inconnu «\u00a0pdf\u00a0»").contains("csv");
        assertThat(tmp.resolve("pdf-out")).doesNotExist();
    }

    @Test
    void defaultPeriodIsTheQuarterOfTheLatestSession() throws IOException {
        Path data = data("metz;s1;2019-11-10", "metz;s2;2020-05-02");
        assertThat(run(good(), "report", "--data", data.toString(), "--out", tmp.resolve("o").toString())).isZero();
        assertThat(tmp.resolve("o/resultats-2020-T2.txt")).exists();
    }

    @Test
    void checkGroupsFindingsByFileAndStrictExitsWithThree() throws IOException {
        Path data = data("metz;s1;2020-01-10", "metz;s2;31/02/2020");
        Files.writeString(data.resolve("inconnu.csv"), "a,b\n1,2\n");
        Files.writeString(data.resolve("LISEZMOI.txt"), "notes");
        assertThat(run(good(), "check", "--data", data.toString())).isZero();
        String text = out.toString();
        // an ingestor that says nothing of what it recognised: its table is known by its name
        assertThat(text).contains("sessions.txt\u00a0: sessions — 2 lignes lues, 1 retenue, 1 rejetée");
        // findings are not rows: an unclaimed file is one rejection finding and no row
        assertThat(text).contains("sessions.txt\u00a0: 1 constat de rejet, aucun avertissement");
        assertThat(text).contains("rejetée ligne 2, colonne «\u00a0date\u00a0», valeur «\u00a031/02/2020\u00a0»\u00a0: date illisible");
        assertThat(text).contains("inconnu.csv\u00a0: 1 constat de rejet").contains("aucun lecteur installé");
        assertThat(text).contains("Lignes\u00A0: 2 lues, 1 retenue, 1 rejetée\u202F; 2 constats de rejet, aucun avertissement.");
        // nothing left aside silently: the notes and the unclaimed file are listed with why, the notes are no finding
        assertThat(text).contains("LISEZMOI.txt\u00a0: notes du dossier, non lues")
                .contains("inconnu.csv\u00a0: aucun lecteur installé ne reconnaît ce fichier");
        assertThat(text).doesNotContain("LISEZMOI.txt :");
        assertThat(run(good(), "check", "--data", data.toString(), "--strict")).isEqualTo(3);

        Path outDir = tmp.resolve("strict-out");
        assertThat(run(good(), "report", "--data", data.toString(), "--out", outDir.toString(), "--strict"))
                .isEqualTo(3);
        assertThat(outDir).doesNotExist();
        assertThat(err.toString()).contains("Mode strict\u00A0: 2 constats de rejet (1 ligne rejetée), aucune sortie écrite.");
    }

    @Test
    void checkSpeaksEnglishOnRequest() throws IOException {
        Path data = data("metz;s2;31/02/2020");
        run(good(), "check", "--data", data.toString(), "--lang", "en");
        assertThat(out.toString()).contains("rejected line 1, column \"date\", value \"31/02/2020\": unreadable date");
    }

    @Test
    void aFailingPluginIsNamedTheOthersGoOnAndTheExitCodeIsFour() throws IOException {
        Path data = data("metz;s1;2020-01-10");
        Path outDir = tmp.resolve("out");
        Plugins plugins = Fixtures.plugins(List.<Indicator>of(new Fixtures.Broken(), new Fixtures.SessionCount()),
                List.<ReportRenderer>of(new Fixtures.FailingRenderer(), new Fixtures.TextRenderer()));
        int code = run(plugins, "report", "--data", data.toString(), "--period", "2020-T1", "--out", outDir.toString(),
                "--seuil", "1");
        assertThat(code).isEqualTo(4);
        assertThat(err.toString()).contains("T_BROKEN").contains("boom").contains("failing").contains("disque plein");
        assertThat(Files.readAllLines(outDir.resolve("resultats-2020-T1.txt"))).contains("T_SESSIONS metz 1.0 | 1 séances (avant : n/d)");
        assertThat(outDir.resolve("partiel.txt")).doesNotExist();
        try (var files = Files.list(outDir)) {
            assertThat(files).noneMatch(p -> p.getFileName().toString().startsWith(".recits-tmp"));
        }
    }

    @Test
    void demoNeedsTheShippedData() {
        assertThat(run(good(), "demo")).isEqualTo(1);
        assertThat(err.toString()).contains("données d’exemple sont introuvables");
    }

    @Test
    void indicatorsAndPluginsList() {
        assertThat(run(good(), "indicators")).isZero();
        assertThat(out.toString()).contains("T_SESSIONS").contains("nombre de séances").contains("1 indicateur.");
        assertThat(run(good(), "plugins")).isZero();
        assertThat(out.toString()).contains("Lecteurs (1)\u00a0:").contains("lines").contains("Rendus (1)\u00a0:");
    }

    @Test
    void aPluginThatDidNotLoadFailsEveryCommandWithFourAndTheReportIsStillWritten() throws IOException {
        List<PluginProblem> loading = List.of(new PluginProblem("api2.jar (org.example.api2 1.0.0)", PluginProblem.LOAD,
                "load.apiVersion", List.of("org.recits.api.indicator [2.0.0,3.0.0)", "org.recits.api.indicator 1.1.0")));
        Path data = data("metz;s1;2020-01-10");
        Path outDir = tmp.resolve("out");
        Plugins plugins = Fixtures.plugins(List.of(new Fixtures.SessionCount()), List.of(new Fixtures.TextRenderer()));

        assertThat(runWith(loading, plugins, "check", "--data", data.toString())).isEqualTo(4);
        assertThat(runWith(loading, plugins, "indicators")).isEqualTo(4);
        assertThat(runWith(loading, plugins, "plugins")).isEqualTo(4);
        assertThat(runWith(loading, plugins, "report", "--data", data.toString(), "--period", "2020-T1", "--out",
                outDir.toString(), "--seuil", "1")).isEqualTo(4);
        assertThat(err.toString().lines().filter(l -> l.contains("api2.jar")))
                .hasSize(4).allSatisfy(l -> assertThat(l).isEqualTo("Greffon en échec\u00a0: api2.jar "
                        + "(org.example.api2 1.0.0) (chargement)\u00a0: construit pour une autre version de l’API Récits\u00a0: "
                        + "il demande org.recits.api.indicator [2.0.0,3.0.0), or cette installation fournit "
                        + "org.recits.api.indicator 1.1.0. Il est ignoré\u202f; demandez à son auteur une version construite "
                        + "pour cette installation."));
        assertThat(Files.readAllLines(outDir.resolve("resultats-2020-T1.txt"))).isNotEmpty();

        runWith(loading, plugins, "plugins", "--lang", "en");
        assertThat(err.toString()).contains("Plugin failed: api2.jar (org.example.api2 1.0.0) (loading): built for "
                + "another version of the Récits API: it asks for org.recits.api.indicator [2.0.0,3.0.0), but this "
                + "installation provides org.recits.api.indicator 1.1.0.");
    }
}
