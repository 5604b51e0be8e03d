package org.recits.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.testkit.PostgresServer;

/**
 * The programme store through the start script, on a real PostgreSQL server (PostgresServer): a lab's folder
 * pushed, pushed again without change, and reported from the store with the very bytes of the report from the
 * folder; the history lists both pushes and the report with the hashes of what it wrote.
 */
class StoreIT {

    private static final String NB = "\u00a0";

    @TempDir
    Path work;

    String db;

    @BeforeEach
    void database() throws Exception {
        db = PostgresServer.freshDatabase();
    }

    @Test
    void theReportFromTheStoreIsTheReportFromTheFolderByteForByte() throws Exception {
        Path demo = Distribution.folder().resolve("demo");
        Distribution.Run push = run("store", "push", "--data", demo.toString(), "--lab", "lab-nord", "--db", db);
        assertThat(push.code()).as(push.err()).isZero();
        assertThat(push.out()).containsPattern("Labo lab-nord" + NB + ": \\d+ fichiers ajoutés, aucun remplacé,"
                + " aucun inchangé \\(envoi n°" + NB + "1" + NB + ";");
        Distribution.Run again = run("store", "envoyer", "--data", demo.toString(), "--lab", "lab-nord", "--db", db);
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).containsPattern("aucun fichier ajouté, aucun remplacé, \\d+ inchangés \\(envoi n°"
                + NB + "2" + NB + ";");

        Path fromFolder = work.resolve("dossier");
        Path fromStore = work.resolve("entrepot");
        List<String> options = List.of("--period", "2021-T1", "--date", "2021-04-15", "--format", "csv");
        Distribution.Run folder = run(concat(List.of("report", "--data", demo.toString(), "--out", fromFolder.toString()),
                options));
        assertThat(folder.code()).as(folder.err()).isZero();
        Distribution.Run store = run(concat(List.of("report", "--db", db, "--out", fromStore.toString()), options));
        assertThat(store.code()).as(store.err()).isZero();
        assertThat(store.out()).contains("Rapport inscrit à l’historique de l’entrepôt (n°" + NB + "3)");

        assertSameReport(fromFolder, fromStore);
        List<String> names = files(fromFolder);

        Distribution.Run history = run("store", "history", "--db", db);
        assertThat(history.code()).as(history.err()).isZero();
        assertThat(history.out().lines().filter(l -> l.startsWith("n°")).map(l -> l.replaceAll(" · .* · ", " · "))
                .toList()).containsExactly(
                        "n°" + NB + "1 · envoi du labo lab-nord" + NB + ": " + push.out().lines().filter(l -> l.startsWith("Labo")).findFirst().orElseThrow()
                                        .replaceAll(".*: (\\d+) fichiers ajoutés.*", "$1") + " ajouté(s), 0 remplacé(s),"
                                + " 0 inchangé(s) (Récits " + System.getProperty("recits.version") + ")",
                        "n°" + NB + "2 · envoi du labo lab-nord" + NB + ": 0 ajouté(s), 0 remplacé(s), "
                                + again.out().replaceAll("(?s).*, (\\d+) inchangés.*", "$1") + " inchangé(s) (Récits "
                                + System.getProperty("recits.version") + ")",
                        "n°" + NB + "3 · rapport sur lab-nord" + NB + ": rapport 2021-T1 (Récits "
                                + System.getProperty("recits.version") + ")");
        assertThat(history.out()).contains("  out recits-2021-T1.xlsx " + sha256(fromStore.resolve("recits-2021-T1.xlsx")))
                .contains("  option --period 2021-T1").contains("  in lab-nord/")
                .containsPattern("  plugin org\\.recits\\.report\\.excel \\S+");

        // the lab pushes a corrected sessions file (its last session gone): today's report changes…
        Path v2 = work.resolve("v2");
        copy(demo, v2);
        byte[] sessions = Files.readAllBytes(v2.resolve("sessions.csv"));
        int cut = sessions.length - 2;
        while (sessions[cut] != '\n') {
            cut--;
        }
        Files.write(v2.resolve("sessions.csv"), java.util.Arrays.copyOf(sessions, cut + 1));
        Distribution.Run corrected = run("store", "push", "--data", v2.toString(), "--lab", "lab-nord", "--db", db);
        assertThat(corrected.code()).as(corrected.err()).isZero();
        assertThat(corrected.out()).contains("aucun fichier ajouté, 1 remplacé");
        Path today = work.resolve("aujourdhui");
        assertThat(run(concat(List.of("report", "--db", db, "--out", today.toString()), options)).code()).isZero();
        assertThat(names).anyMatch(name -> !Arrays.equals(bytes(today.resolve(name)), bytes(fromStore.resolve(name))));
        // …and report no. 3 made again from the history reads the sessions file it read then: the same bytes
        Path redone = work.resolve("refait");
        Distribution.Run redo = run("report", "--db", db, "--again", "3", "--out", redone.toString());
        assertThat(redo.code()).as(redo.err()).isZero();
        assertThat(redo.out()).containsPattern("Rapport refait" + NB + ": les \\d+ fichiers écrits sont identiques octet"
                + " pour octet à ceux de l’historique\\.");
        for (String name : names) {
            assertThat(Files.readAllBytes(redone.resolve(name))).as(name).isEqualTo(Files.readAllBytes(fromStore.resolve(name)));
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Two labs reported from the store: the programme's figures are those of one folder holding each lab's files in
     * its own sub-folder, and each lab's figures, at the level between programme and collectivité, are those of that
     * lab's own report; the workbook, the narrative and the charts show the labs.
     */
    @Test
    void severalLabsFromTheStoreHaveTheProgrammeOfOneFolderHoldingAllTheirFilesAndALabLevel() throws Exception {
        Path demo = Distribution.folder().resolve("demo");
        Path sud = Files.createDirectories(work.resolve("sud"));
        Files.writeString(sud.resolve("sessions.csv"), "Collectivité;Session;Date début;Jours;Type;Lieu;Cas;Travail labo\n"
                + "brest;S01;28/01/2021;1;session;Mairie de Brest;;non\nbrest;S02;23/02/2021;1,5;session;Mairie de Brest;;non\n");
        Files.writeString(sud.resolve("collectivites.csv"), "collectivite,nom,type,programme,date_debut,date_fin,population\n"
                + "brest,Ville de Brest,commune,transfo,2020-09-01,2021-12-31,140000\n");
        assertThat(run("store", "push", "--data", demo.toString(), "--lab", "lab-nord", "--db", db).code()).isZero();
        assertThat(run("store", "push", "--data", sud.toString(), "--lab", "lab-sud", "--db", db).code()).isZero();
        Path all = work.resolve("tous");
        copy(demo, all.resolve("lab-nord"));
        copy(sud, all.resolve("lab-sud"));

        List<String> options = List.of("--period", "2021-T1", "--date", "2021-04-15", "--format", "csv");
        Distribution.Run folder = run(concat(List.of("report", "--data", all.toString(), "--out",
                work.resolve("dossier").toString()), options));
        assertThat(folder.code()).as(folder.err()).isZero();
        // no --lab: every lab the store holds
        Distribution.Run store = run(concat(List.of("report", "--db", db, "--out", work.resolve("entrepot").toString()),
                options));
        assertThat(store.code()).as(store.err()).isZero();
        Distribution.Run nord = run(concat(List.of("report", "--db", db, "--lab", "lab-nord", "--out",
                work.resolve("nord").toString()), options));
        assertThat(nord.code()).as(nord.err()).isZero();
        String csv = "recits-2021-T1-indicateurs.csv";
        List<String> consolidated = Files.readAllLines(work.resolve("entrepot").resolve(csv));
        assertThat(rows(consolidated, "programme")).hasSizeGreaterThan(100)
                .isEqualTo(rows(Files.readAllLines(work.resolve("dossier").resolve(csv)), "programme"));
        assertThat(rows(consolidated, "lab-nord")).isEqualTo(rows(Files.readAllLines(work.resolve("nord").resolve(csv)),
                "programme"));
        assertThat(rows(consolidated, "lab-sud")).hasSameSizeAs(rows(consolidated, "programme"));
        assertThat(rows(consolidated, "brest")).hasSameSizeAs(rows(consolidated, "programme"));

        assertThat(work.resolve("entrepot/recit-2021-T1.html")).content().contains("Labo par labo")
                .contains("Labo lab-nord").contains("Labo lab-sud");
        assertThat(work.resolve("nord/recit-2021-T1.html")).content().doesNotContain("Labo par labo");
        try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(work.resolve("entrepot/recits-2021-T1.xlsx")
                .toFile(), null, true)) {
            var synthese = book.getSheetAt(book.getSheetIndex("Synthèse"));
            List<String> names = new java.util.ArrayList<>();
            synthese.forEach(r -> names.add(r.getCell(1) == null ? "" : r.getCell(1).toString()));
            assertThat(names).contains("Ensemble du programme", "Ensemble du labo lab-nord", "Ensemble du labo lab-sud");
        }
        try (Stream<Path> charts = Files.list(work.resolve("entrepot/graphiques"))) {
            assertThat(charts.filter(p -> p.toString().endsWith(".svg") || p.toString().endsWith(".png")).anyMatch(
                    p -> new String(bytes(p), java.nio.charset.StandardCharsets.ISO_8859_1).contains("Labo lab-nord")))
                    .as("a chart names the lab").isTrue(); // lab-sud took no attendance: no line of its own
        }
    }

    /** The rows of one scope in the indicators' CSV, without that column: ';'-separated, the scope fourth. */
    private static List<String> rows(List<String> csv, String scope) {
        return csv.stream().map(l -> l.split(";", -1)).filter(f -> f.length > 4 && f[3].equals(scope))
                .map(f -> String.join(";", f[0], f[1], f[2]) + ";" + String.join(";", Arrays.copyOfRange(f, 4, f.length)))
                .toList();
    }

    /** A push killed while it loads leaves the store as it was; the next push finds it whole and unlocked. */
    @Test
    void aPushKilledWhileLoadingLeavesTheStoreAsItWas() throws Exception {
        Path demo = Distribution.folder().resolve("demo");
        assertThat(run("store", "push", "--data", demo.toString(), "--lab", "lab-nord", "--db", db).code()).isZero();
        String before = PostgresServer.psql(db, STATE);
        Path big = work.resolve("gros");
        copy(demo, big);
        byte[] block = new byte[1 << 20];
        new java.util.Random(3).nextBytes(block);
        try (var out = Files.newOutputStream(big.resolve("annexe.bin"))) {
            for (int i = 0; i < 256; i++) {
                out.write(block);
            }
        }
        Process push = new ProcessBuilder(Distribution.folder().resolve("recits").toString(), "store", "push", "--data",
                big.toString(), "--lab", "lab-nord", "--db", db).directory(work.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            // killed once the file's bytes are on their way to the server
            assertThat(poll("SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'COPY recits_chunk_in%'", "1"))
                    .isTrue();
        } finally {
            push.destroyForcibly().waitFor();
        }
        assertThat(poll("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'recits'", "0")).isTrue();
        assertThat(PostgresServer.psql(db, STATE)).isEqualTo(before);
        Distribution.Run again = run("store", "push", "--data", demo.toString(), "--lab", "lab-nord", "--db", db);
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("aucun fichier ajouté, aucun remplacé");
    }

    /**
     * A report whose connection to the store is lost while it reads (the session ended on the server, as when
     * the server restarts or the network drops) says so, exits 1 and leaves no file in its output folder.
     */
    @Test
    void aReportWhoseConnectionIsLostSaysSoAndWritesNothing() throws Exception {
        Path demo = Distribution.folder().resolve("demo");
        assertThat(run("store", "push", "--data", demo.toString(), "--lab", "lab-nord", "--db", db).code()).isZero();
        Path out = work.resolve("o");
        String waiting = "FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'recits'"
                + " AND wait_event_type = 'Lock'";
        Distribution.Run report;
        try (PostgresServer.Held lock = PostgresServer.hold(db, "LOCK TABLE recits_chunk IN ACCESS EXCLUSIVE MODE")) {
            assertThat(poll("SELECT count(*) FROM pg_locks WHERE relation = 'recits_chunk'::regclass AND granted"
                    + " AND mode = 'AccessExclusiveLock'", "1")).as("the test holds the lock").isTrue();
            java.util.concurrent.CompletableFuture<Distribution.Run> running = java.util.concurrent.CompletableFuture
                    .supplyAsync(() -> {
                        try {
                            return run("report", "--db", db, "--period", "2021-T1", "--out", out.toString());
                        } catch (IOException | InterruptedException e) {
                            throw new java.util.concurrent.CompletionException(e);
                        }
                    });
            assertThat(poll("SELECT count(*) " + waiting, "1")).as("the report waits for the stored files").isTrue();
            PostgresServer.psql(db, "SELECT pg_terminate_backend(pid) " + waiting);
            report = running.get(5, java.util.concurrent.TimeUnit.MINUTES);
        }
        assertThat(report.code()).as(report.out() + report.err()).isEqualTo(1);
        assertThat(report.err()).contains("connexion à l’entrepôt a été perdue");
        assertThat(report.err()).doesNotContain("\tat ");
        if (Files.exists(out)) {
            try (Stream<Path> left = Files.walk(out)) {
                assertThat(left.filter(Files::isRegularFile)).as("files left in the output folder").isEmpty();
            }
        }
    }

    /** What a push may change: pushes, files and their hashes, stored contents. */
    private static final String STATE = "SELECT (SELECT count(*) FROM recits_push) || ' ' || (SELECT count(*) FROM"
            + " recits_push_file) || ' ' || (SELECT count(*) FROM recits_blob) || ' ' || (SELECT count(*) FROM recits_chunk)"
            + " || ' ' || (SELECT string_agg(name || '=' || sha256, ',' ORDER BY name) FROM recits_file)";

    /** Whether a query comes to print the value expected, within two minutes. */
    private boolean poll(String sql, String expected) throws Exception {
        for (int i = 0; i < 1200; i++) {
            if (PostgresServer.psql(db, sql).strip().equals(expected)) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    @Test
    void aLabTheStoreDoesNotHoldIsAUsageErrorWithNoOutput() throws Exception {
        Path demo = Distribution.folder().resolve("demo");
        assertThat(run("store", "push", "--data", demo.toString(), "--lab", "lab-nord", "--db", db).code()).isZero();
        Distribution.Run r = run("report", "--db", db, "--lab", "lab-sud", "--period", "2021-T1", "--out",
                work.resolve("o").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("aucun fichier du labo lab-sud");
        assertThat(work.resolve("o")).doesNotExist();
    }

    private Distribution.Run run(String... args) throws IOException, InterruptedException {
        return Distribution.script(Distribution.folder(), work, args);
    }

    private Distribution.Run run(List<String> args) throws IOException, InterruptedException {
        return run(args.toArray(String[]::new));
    }

    /** The 2021-T1 report of the demo with its CSV, the same files with the same bytes in both folders. */
    static void assertSameReport(Path fromFolder, Path fromStore) throws IOException {
        List<String> names = files(fromFolder);
        assertThat(names).contains("recits-2021-T1.xlsx", "recit-2021-T1.docx", "recits-2021-T1-indicateurs.csv");
        assertThat(files(fromStore)).isEqualTo(names);
        for (String name : names) {
            assertThat(Files.readAllBytes(fromStore.resolve(name))).as(name)
                    .isEqualTo(Files.readAllBytes(fromFolder.resolve(name)));
        }
    }

    static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    static List<String> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
