package org.recits.store.postgresql.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.store.HistoryEntry;
import org.recits.api.store.Push;
import org.recits.api.store.PushedFile;
import org.recits.api.store.StoreException;
import org.recits.api.store.StoreSession;
import org.recits.api.store.StoredFile;
import org.recits.testkit.PostgresServer;

/** The store against a real PostgreSQL server (PostgresServer): push, idempotence, replacement, refusals. */
class PostgresStoreTest {

    static {
        EmbeddedForTests.useForTheStoreTests();
    }

    @TempDir
    Path dir;

    String url;
    final PostgresStore store = new PostgresStore();

    @BeforeEach
    void database() throws Exception {
        url = PostgresServer.freshDatabase();
    }

    @Test
    void aPushedFileComesBackByteForByte() throws Exception {
        byte[] big = new byte[Blobs.CHUNK * 2 + 12345];
        new Random(7).nextBytes(big);
        PushedFile sessions = StoreFiles.write(dir, "sessions.csv", "id;date\n1;2021-01-04\n");
        PushedFile survey = StoreFiles.write(dir, "enquetes/kobo.xlsx", big);
        PushedFile empty = StoreFiles.write(dir, "vide.csv", new byte[0]);
        try (StoreSession s = store.open(url)) {
            Push push = s.push("lab-nord", List.of(sessions, survey, empty), "test");
            assertThat(push.added()).isEqualTo(3);
            List<StoredFile> files = s.files(List.of());
            assertThat(files).extracting(StoredFile::name).containsExactly("enquetes/kobo.xlsx", "sessions.csv", "vide.csv");
            assertThat(files.get(0).size()).isEqualTo(big.length);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            s.copy(files.get(0), out);
            assertThat(out.toByteArray()).isEqualTo(big);
            out.reset();
            s.copy(files.get(2), out);
            assertThat(out.toByteArray()).isEmpty();
        }
        assertThat(PostgresServer.psql(url, "SELECT count(*) FROM recits_chunk WHERE sha256 = '" + survey.sha256() + "'"))
                .isEqualToIgnoringWhitespace("3");
    }

    @Test
    void pushingTheSameFilesAgainChangesNothingButIsRecorded() throws Exception {
        List<PushedFile> files = List.of(StoreFiles.write(dir, "sessions.csv", "id\n1\n"),
                StoreFiles.write(dir, "participants.csv", "id\n2\n"));
        try (StoreSession s = store.open(url)) {
            s.push("lab-nord", files, "test");
            String before = PostgresServer.psql(url, "SELECT (SELECT count(*) FROM recits_blob) || ' '"
                    + " || (SELECT count(*) FROM recits_chunk) || ' ' || (SELECT string_agg(name || sha256 || push_id, ',')"
                    + " FROM recits_file)");
            Push again = s.push("lab-nord", files, "test");
            assertThat(again).extracting(Push::added, Push::replaced, Push::unchanged).containsExactly(0, 0, 2);
            String after = PostgresServer.psql(url, "SELECT (SELECT count(*) FROM recits_blob) || ' '"
                    + " || (SELECT count(*) FROM recits_chunk) || ' ' || (SELECT string_agg(name || sha256 || push_id, ',')"
                    + " FROM recits_file)");
            assertThat(after).isEqualTo(before);
            assertThat(s.history("lab-nord")).extracting(HistoryEntry::kind)
                    .containsExactly(HistoryEntry.Kind.PUSH, HistoryEntry.Kind.PUSH);
        }
    }

    @Test
    void aChangedFileReplacesItsPreviousVersionWhichStaysForTheHistory() throws Exception {
        PushedFile v1 = StoreFiles.write(dir, "sessions.csv", "id\n1\n");
        PushedFile other = StoreFiles.write(dir, "participants.csv", "id\n2\n");
        try (StoreSession s = store.open(url)) {
            s.push("lab-nord", List.of(v1, other), "test");
            PushedFile v2 = StoreFiles.write(dir, "sessions.csv", "id\n1\n3\n");
            Push push = s.push("lab-nord", List.of(v2), "test");
            assertThat(push).extracting(Push::added, Push::replaced, Push::unchanged).containsExactly(0, 1, 0);
            // a file absent from a push stays
            assertThat(s.files(List.of("lab-nord"))).extracting(StoredFile::name, StoredFile::sha256)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("participants.csv", other.sha256()),
                            org.assertj.core.groups.Tuple.tuple("sessions.csv", v2.sha256()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            s.copy(new StoredFile("lab-nord", "sessions.csv", v1.sha256(), 5), out);
            assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("id\n1\n");
        }
    }

    @Test
    void aFileChangedSinceItsCheckIsRefusedAndNothingOfThePushStays() throws Exception {
        PushedFile good = StoreFiles.write(dir, "participants.csv", "id\n2\n");
        PushedFile checked = StoreFiles.write(dir, "sessions.csv", "id\n1\n");
        StoreFiles.write(dir, "sessions.csv", "id\n1\n4\n"); // saved again after the check
        try (StoreSession s = store.open(url)) {
            assertThatThrownBy(() -> s.push("lab-nord", List.of(good, checked), "test"))
                    .isInstanceOf(StoreException.class).hasMessageContaining("sessions.csv")
                    .hasMessageContaining("a changé depuis sa vérification");
            assertThat(s.files(List.of())).isEmpty();
            assertThat(s.history(null)).isEmpty();
        }
        assertThat(PostgresServer.psql(url, "SELECT count(*) FROM recits_chunk")).isEqualToIgnoringWhitespace("0");
    }

    @Test
    void aSecondPushOfTheSameLabWaitsForTheFirst() throws Exception {
        PushedFile f = StoreFiles.write(dir, "sessions.csv", "id\n1\n");
        try (StoreSession holder = store.open(url);
                Connection c = Connections.open(url)) {
            // another push of lab-nord in progress: its transaction holds the lab's lock
            c.setAutoCommit(false);
            try (var lock = c.prepareStatement(Pusher.LOCK_SQL)) {
                lock.setString(1, "lab-nord");
                lock.execute();
            }
            CompletableFuture<Push> second = CompletableFuture.supplyAsync(() -> {
                try (StoreSession s = store.open(url)) {
                    return s.push("lab-nord", List.of(f), "test");
                } catch (StoreException e) {
                    throw new IllegalStateException(e);
                }
            });
            // the other lab is not held up
            assertThat(holder.push("lab-sud", List.of(f), "test").added()).isEqualTo(1);
            assertThat(waitingOnLock(url)).isTrue();
            assertThat(second).isNotDone();
            c.commit();
            assertThat(second.get(60, TimeUnit.SECONDS).added()).isEqualTo(1);
        }
    }

    /** Whether a session of the store waits on an advisory lock (pg_locks: not granted). */
    private static boolean waitingOnLock(String url) throws Exception {
        for (int i = 0; i < 200; i++) {
            String n = PostgresServer.psql(url, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted");
            if (!n.strip().equals("0")) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    @Test
    void aSchemaNewerThanTheBundleKnowsIsRefused() throws Exception {
        try (StoreSession s = store.open(url)) {
            assertThat(s.labs()).isEmpty();
        }
        PostgresServer.psql(url, "INSERT INTO recits_schema_version (version, script) VALUES (99, 'V99__later.sql')");
        assertThatThrownBy(() -> store.open(url)).isInstanceOf(StoreException.class)
                .hasMessageContaining("schéma 99");
    }

    @Test
    void opensTheSchemaOnceAndAgainWithoutChange() throws Exception {
        store.open(url).close();
        store.open(url).close();
        assertThat(PostgresServer.psql(url, "SELECT string_agg(version::text, ',') FROM recits_schema_version"))
                .isEqualToIgnoringWhitespace("1");
    }

    @Test
    void badAddressesAndLabNamesAreRefusedWithWhatToDo() throws Exception {
        assertThatThrownBy(() -> store.open("mysql://localhost/x")).isInstanceOf(StoreException.class)
                .hasMessageContaining("postgresql://hôte:port/base");
        try (StoreSession s = store.open(url)) {
            assertThatThrownBy(() -> s.push("Lab Nord", List.of(), "test")).isInstanceOf(StoreException.class)
                    .hasMessageContaining("«\u00a0Lab Nord\u00a0» ne peut pas nommer un labo");
        }
        try (Connection c = Connections.open(url); Statement st = c.createStatement()) {
            assertThat(st.execute("SELECT 1")).isTrue();
        }        // no server there: one full stop after the driver's sentence, French typography
        assertThatThrownBy(() -> store.open("postgresql://127.0.0.1:1/x?user=u")).isInstanceOf(StoreException.class)
                .hasMessageContaining("Impossible de joindre l’entrepôt postgresql://127.0.0.1:1/x?user=u\u00a0: ")
                .hasMessageNotContaining("..").hasMessageContaining("l’adresse");
    }
}
