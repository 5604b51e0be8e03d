package org.recits.engine.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.model.LocalizedText;
import org.recits.api.store.HistoryEntry;
import org.recits.api.store.ProgrammeStore;
import org.recits.api.store.Push;
import org.recits.api.store.PushedFile;
import org.recits.api.store.ReportRecord;
import org.recits.api.store.StoreException;
import org.recits.api.store.StoreSession;
import org.recits.api.store.StoredFile;
import org.recits.engine.internal.Fixtures;
import org.recits.engine.internal.Plugins;
import org.recits.engine.internal.pipeline.DataFolderReader;

/**
 * {@code report --db} against a store held in memory: the report of one lab is the folder's, several labs' files
 * are read each in its lab's folder, a connection lost while fetching leaves no output, and the report is recorded
 * with what it read and wrote. The store on a real server is tested in StoreIT (distribution).
 */
class StoreReportTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final MemoryStore store = new MemoryStore();

    private int run(String... args) {
        return run(Fixtures.plugins(List.of(new Fixtures.SessionCount()), List.of(new Fixtures.TextRenderer())), args);
    }

    private int run(Plugins plugins, String... args) {
        CliContext ctx = new CliContext(() -> plugins, List::of, tmp.resolve("home"), "9.9.9",
                new PrintWriter(out, true), new PrintWriter(err, true), false, java.util.Collections::emptySortedMap,
                WebRuntime.NONE, () -> store);
        return RecitsCli.run(ctx, args);
    }

    @Test
    void oneLabsReportIsTheFoldersAndIsRecordedWithItsInputsAndOutputs() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.writeString(data.resolve("sessions.txt"), "metz;s1;2020-01-10\nmetz;s2;2020-02-10\n");
        store.put("lab-nord", "sessions.txt", Files.readAllBytes(data.resolve("sessions.txt")));
        assertThat(run("report", "--data", data.toString(), "--period", "2020-T1", "--out", tmp.resolve("a").toString()))
                .as(err.toString()).isZero();
        List<String> before = fetchFolders();
        assertThat(run("report", "--db", "mem://", "--period", "2020-T1", "--out", tmp.resolve("b").toString(),
                "--format", "csv")).as(err.toString()).isZero();
        // the temporary folder the files were fetched into is gone
        assertThat(fetchFolders()).isEqualTo(before);
        assertThat(Files.readAllBytes(tmp.resolve("b/resultats-2020-T1.txt")))
                .isEqualTo(Files.readAllBytes(tmp.resolve("a/resultats-2020-T1.txt")));
        assertThat(out.toString()).contains("Rapport inscrit à l’historique de l’entrepôt (n°\u00a01)");
        ReportRecord r = store.reports.get(0);
        assertThat(r.labs()).containsExactly("lab-nord");
        assertThat(r.period()).isEqualTo("2020-T1");
        assertThat(r.options()).containsExactly("--period 2020-T1", "--lang fr", "--seuil 5", "--format csv");
        assertThat(r.inputs()).extracting(StoredFile::name).containsExactly("sessions.txt");
        assertThat(r.outputs()).containsOnlyKeys("resultats-2020-T1.txt", "resultats-2020-T1.csv")
                .containsEntry("resultats-2020-T1.txt", DataFolderReader.sha256(tmp.resolve("b/resultats-2020-T1.txt")));
    }

    private static List<String> fetchFolders() throws IOException {
        try (Stream<Path> all = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return all.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("recits-store-")).sorted().toList();
        }
    }

    @Test
    void withoutDbNorRecitsDbTheReportReadsTheDefaultStoreWithTheProductsServerInTheUsersDataFolder()
            throws IOException {
        org.assertj.core.api.Assumptions.assumeThat(System.getenv(StoreOption.ENV)).as("RECITS_DB is not set").isNull();
        store.put("lab-nord", "sessions.txt", "metz;s1;2020-01-10\n".getBytes(StandardCharsets.UTF_8));
        assertThat(run("report", "--period", "2020-T1", "--out", tmp.resolve("b").toString())).as(err.toString())
                .isZero();
        assertThat(store.embedded).containsExactly(tmp.resolve("home").resolve("postgresql"), StoreFolder.forRun());
        assertThat(StoreFolder.location(Map.of("XDG_DATA_HOME", "/d"), "/u", "Linux"))
                .isEqualTo(Path.of("/d/recits/entrepot"));
        assertThat(StoreFolder.location(Map.of(), "/u", "Linux")).isEqualTo(Path.of("/u/.local/share/recits/entrepot"));
    }

    @Test
    void aReportOfTheHistoryIsMadeAgainFromTheFilesItReadAndSaysWhetherItsBytesAreTheSame() throws IOException {
        store.put("lab-nord", "sessions.txt", "metz;s1;2020-01-10\n".getBytes(StandardCharsets.UTF_8));
        assertThat(run("report", "--db", "mem://", "--period", "2020-T1", "--out", tmp.resolve("b").toString(),
                "--lang", "en", "--format", "csv")).as(err.toString()).isZero();
        assertThat(run("report", "--db", "mem://", "--again", "1", "--out", tmp.resolve("c").toString()))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("Rapport refait\u00a0: les 2 fichiers écrits sont identiques octet pour octet");
        assertThat(tmp.resolve("c/resultats-2020-T1.txt")).hasSameBinaryContentAs(tmp.resolve("b/resultats-2020-T1.txt"));
        assertThat(store.reports).hasSize(1);
        // outputs that no longer match are an error, named
        store.reports.set(0, new ReportRecord(List.of("lab-nord"), "2020-T1", store.reports.get(0).options(),
                store.reports.get(0).inputs(), new TreeMap<>(Map.of("resultats-2020-T1.txt", "0".repeat(64))),
                store.reports.get(0).plugins(), "9.9.9"));
        assertThat(run("report", "--db", "mem://", "--again", "1", "--out", tmp.resolve("d").toString()))
                .isEqualTo(RecitsCli.ERROR);
        assertThat(err.toString()).contains("2 sorties diffèrent du rapport d’origine\u00a0: resultats-2020-T1.csv,"
                + " resultats-2020-T1.txt.");
        assertThat(run("report", "--db", "mem://", "--again", "7", "--out", tmp.resolve("e").toString()))
                .isEqualTo(RecitsCli.USAGE);
        assertThat(err.toString()).contains("pas de rapport n°\u00a07");
        assertThat(run("report", "--db", "mem://", "--again", "1", "--period", "2020-T2", "--out",
                tmp.resolve("e").toString())).isEqualTo(RecitsCli.USAGE);
    }

    @Test
    void severalLabsAreReadEachInItsLabsFolder() {
        store.put("lab-nord", "sessions.txt", "metz;s1;2020-01-10\n".getBytes(StandardCharsets.UTF_8));
        store.put("lab-sud", "sessions.txt", "nice;s1;2020-01-12\nnice;s2;2020-01-13\n".getBytes(StandardCharsets.UTF_8));
        assertThat(run("report", "--db", "mem://", "--period", "2020-T1", "--out", tmp.resolve("b").toString()))
                .as(err.toString()).isZero();
        assertThat(tmp.resolve("b/resultats-2020-T1.txt")).content().contains("metz").contains("nice");
        assertThat(store.reports.get(0).labs()).containsExactly("lab-nord", "lab-sud");
        // one lab asked for: the other is not read
        assertThat(run("report", "--db", "mem://", "--lab", "lab-sud", "--period", "2020-T1", "--out",
                tmp.resolve("c").toString())).as(err.toString()).isZero();
        assertThat(tmp.resolve("c/resultats-2020-T1.txt")).content().contains("nice").doesNotContain("metz");
    }

    @Test
    void severalLabsHaveALabLevelWhoseFiguresAreEachLabsOwnReportsProgramme() throws IOException {
        store.put("lab-nord", "sessions.txt", "metz;s1;2020-01-10\nlille;s1;2020-02-01\nlille;s2;2020-02-03\n"
                .getBytes(StandardCharsets.UTF_8));
        store.put("lab-sud", "sessions.txt", "nice;s1;2020-01-12\nnice;s2;2020-01-13\n".getBytes(StandardCharsets.UTF_8));
        assertThat(run("report", "--db", "mem://", "--period", "2020-T1", "--seuil", "1", "--out",
                tmp.resolve("b").toString())).as(err.toString()).isZero();
        // programme, then each lab before its collectivités
        assertThat(Files.readAllLines(tmp.resolve("b/resultats-2020-T1.txt"))).extracting(l -> l.split(" \\| ")[0])
                .containsExactly("T_SESSIONS programme 5.0", "T_SESSIONS lab-nord 3.0", "T_SESSIONS lille 2.0",
                        "T_SESSIONS metz 1.0", "T_SESSIONS lab-sud 2.0", "T_SESSIONS nice 2.0");
        assertThat(run("report", "--db", "mem://", "--lab", "lab-nord", "--period", "2020-T1", "--seuil", "1",
                "--out", tmp.resolve("c").toString())).as(err.toString()).isZero();
        assertThat(tmp.resolve("c/resultats-2020-T1.txt")).content().startsWith("T_SESSIONS programme 3.0")
                .doesNotContain("lab-nord");
    }

    @Test
    void aCollectiviteInTwoLabsFilesIsRefusedRatherThanAddedUpUnseen() {
        // the same table of one collectivité in two labs: the folder's guard refuses it (LabLevelTest: other tables)
        store.put("lab-nord", "sessions.txt", "metz;s1;2020-01-10\n".getBytes(StandardCharsets.UTF_8));
        store.put("lab-sud", "sessions.txt", "nice;s1;2020-01-12\nmetz;s9;2020-01-13\n".getBytes(StandardCharsets.UTF_8));
        assertThat(run("report", "--db", "mem://", "--period", "2020-T1", "--out", tmp.resolve("b").toString()))
                .as(err.toString()).isEqualTo(RecitsCli.REJECTED);
        assertThat(err.toString()).contains("lue aussi dans lab-sud/sessions.txt");
        assertThat(tmp.resolve("b/resultats-2020-T1.txt")).doesNotExist();
    }

    @Test
    void aLabNamedLikeACollectiviteIsRefusedForTheOutputsWouldMixThemUp() {
        store.put("metz", "sessions.txt", "metz;s1;2020-01-10\n".getBytes(StandardCharsets.UTF_8));
        store.put("lab-sud", "sessions.txt", "nice;s1;2020-01-12\n".getBytes(StandardCharsets.UTF_8));
        assertThat(run("report", "--db", "mem://", "--period", "2020-T1", "--out", tmp.resolve("b").toString()))
                .isEqualTo(RecitsCli.USAGE);
        assertThat(err.toString()).contains("le labo metz porte le nom d’une collectivité ou du programme");
    }

    @Test
    void aConnectionLostWhileFetchingStopsTheRunWithNoOutputAndNoRecord() {
        store.put("lab-nord", "a/sessions.txt", "metz;s1;2020-01-10\n".getBytes(StandardCharsets.UTF_8));
        store.put("lab-nord", "b/sessions.txt", "nice;s1;2020-01-10\n".getBytes(StandardCharsets.UTF_8));
        store.loseConnectionAfter = 1;
        assertThat(run("report", "--db", "mem://", "--period", "2020-T1", "--out", tmp.resolve("b").toString()))
                .isEqualTo(RecitsCli.ERROR);
        assertThat(err.toString()).contains("Erreur\u00a0: connexion perdue");
        assertThat(tmp.resolve("b")).doesNotExist();
        assertThat(store.reports).isEmpty();
    }

    @Test
    void aReportTheHistoryCouldNotRecordIsWrittenAndSaidSo() {
        store.put("lab-nord", "sessions.txt", "metz;s1;2020-01-10\n".getBytes(StandardCharsets.UTF_8));
        store.refuseRecords = true;
        assertThat(run("report", "--db", "mem://", "--period", "2020-T1", "--out", tmp.resolve("b").toString()))
                .isEqualTo(RecitsCli.ERROR);
        assertThat(tmp.resolve("b/resultats-2020-T1.txt")).exists();
        assertThat(err.toString()).contains("le rapport est écrit dans").contains("l’historique de l’entrepôt ne l’a pas"
                + " inscrit\u00a0: connexion perdue");
    }

    @Test
    void aReportWhoseRendererFailedIsNotRecordedAndSaysWhy() {
        store.put("lab-nord", "sessions.txt", "metz;s1;2020-01-10\n".getBytes(StandardCharsets.UTF_8));
        Plugins failing = Fixtures.plugins(List.of(new Fixtures.SessionCount()),
                List.of(new Fixtures.TextRenderer(), new Fixtures.FailingRenderer()));
        int code = run(failing, "report", "--db", "mem://", "--period", "2020-T1", "--out", tmp.resolve("b").toString());
        assertThat(code).as(err.toString()).isNotZero();
        assertThat(store.reports).isEmpty();
        assertThat(err.toString()).contains("Rapport incomplet").contains("n’est pas inscrit à l’historique");
        assertThat(out.toString()).doesNotContain("Rapport inscrit");
    }

    @Test
    void aLabTheStoreDoesNotHoldOrAnEmptyStoreIsAUsageError() {
        assertThat(run("report", "--db", "mem://", "--period", "2020-T1", "--out", tmp.resolve("b").toString()))
                .isEqualTo(RecitsCli.USAGE);
        assertThat(err.toString()).contains("l’entrepôt ne contient aucun fichier que ce rôle puisse lire");
        store.put("lab-nord", "sessions.txt", "metz;s1;2020-01-10\n".getBytes(StandardCharsets.UTF_8));
        assertThat(run("report", "--db", "mem://", "--lab", "lab-est", "--period", "2020-T1", "--out",
                tmp.resolve("b").toString())).isEqualTo(RecitsCli.USAGE);
        assertThat(err.toString()).contains("aucun fichier du labo lab-est");
        assertThat(tmp.resolve("b")).doesNotExist();
    }

    /** A store in memory: its files, the reports recorded, and faults on demand. */
    static final class MemoryStore implements ProgrammeStore, StoreSession {
        final Map<String, byte[]> files = new TreeMap<>();
        final List<ReportRecord> reports = new ArrayList<>();
        int loseConnectionAfter = Integer.MAX_VALUE;
        boolean refuseRecords;
        /** Where the default store was asked for: the product's binaries and the user's folder. */
        List<Path> embedded = new ArrayList<>();

        void put(String lab, String name, byte[] content) {
            files.put(lab + "\u0000" + name, content);
        }

        @Override
        public StoreSession open(String url) {
            return this;
        }

        @Override
        public StoreSession openEmbedded(Path shipped, Path folder) {
            embedded.addAll(List.of(shipped, folder));
            return this;
        }

        @Override
        public Push push(String lab, List<PushedFile> pushed, String recitsVersion) {
            throw new UnsupportedOperationException("not a push test");
        }

        @Override
        public List<StoredFile> files(List<String> labs) {
            List<StoredFile> out = new ArrayList<>();
            files.forEach((key, content) -> {
                String[] parts = key.split("\u0000");
                if (labs.isEmpty() || labs.contains(parts[0])) {
                    out.add(new StoredFile(parts[0], parts[1], HexFormat.of().formatHex(sha(content)), content.length));
                }
            });
            return out;
        }

        @Override
        public List<String> labs() {
            return files.keySet().stream().map(k -> k.split("\u0000")[0]).distinct().toList();
        }

        @Override
        public void copy(StoredFile file, OutputStream to) throws StoreException, IOException {
            if (loseConnectionAfter-- <= 0) {
                throw new StoreException(LocalizedText.of("connexion perdue", "connection lost"), null);
            }
            to.write(files.get(file.lab() + "\u0000" + file.name()));
        }

        @Override
        public long recordReport(ReportRecord report) throws StoreException {
            if (refuseRecords) {
                throw new StoreException(LocalizedText.of("connexion perdue", "connection lost"), null);
            }
            reports.add(report);
            return reports.size();
        }

        @Override
        public java.util.Optional<ReportRecord> report(long id) {
            return id >= 1 && id <= reports.size() ? java.util.Optional.of(reports.get((int) id - 1))
                    : java.util.Optional.empty();
        }

        @Override
        public List<HistoryEntry> history(String lab) {
            return List.of();
        }

        @Override
        public List<String> createRoles(List<String> labs) {
            return List.of();
        }

        @Override
        public void close() {
        }

        private static byte[] sha(byte[] content) {
            try {
                return java.security.MessageDigest.getInstance("SHA-256").digest(content);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
