package org.recits.store.postgresql.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.store.HistoryEntry;
import org.recits.api.store.PushedFile;
import org.recits.api.store.ReportRecord;
import org.recits.api.store.StoreException;
import org.recits.api.store.StoreSession;
import org.recits.api.store.StoredFile;
import org.recits.testkit.PostgresServer;

/**
 * The roles {@code store roles} creates, and the row-level security that holds each lab's role to its own rows:
 * the refusals, as a lab's login role meets them through the store and in plain SQL.
 */
class RowSecurityTest {

    static {
        EmbeddedForTests.useForTheStoreTests();
    }

    @TempDir
    Path dir;

    String owner;
    String alice;
    String bob;
    String funder;
    PushedFile nord;
    PushedFile sud;
    final PostgresStore store = new PostgresStore();

    @BeforeEach
    void rolesAndPushes() throws Exception {
        owner = PostgresServer.freshDatabase();
        // roles are the cluster's: on a server given to the tests (Debian's in CI) they go as the tests end
        PostgresServer.dropRolesAtExit("alice", "bob", "funder", "recits_lab_lab_nord", "recits_lab_lab_sud",
                "recits_programme");
        try (StoreSession s = store.open(owner)) {
            assertThat(s.createRoles(List.of("lab-nord", "lab-sud")))
                    .containsExactly("recits_programme", "recits_lab_lab_nord", "recits_lab_lab_sud");
            // again: nothing changes, nothing fails
            assertThat(s.createRoles(List.of("lab-nord", "lab-sud"))).hasSize(3);
        }
        // login roles are the cluster's, shared by every test database: created once
        PostgresServer.psql(owner, "DO $$ BEGIN"
                + " IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'alice') THEN"
                + "   CREATE ROLE alice LOGIN PASSWORD 'alice' IN ROLE recits_lab_lab_nord; END IF;"
                + " IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'bob') THEN"
                + "   CREATE ROLE bob LOGIN PASSWORD 'bob' IN ROLE recits_lab_lab_sud; END IF;"
                + " IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'funder') THEN"
                + "   CREATE ROLE funder LOGIN PASSWORD 'funder' IN ROLE recits_programme; END IF; END $$");
        alice = PostgresServer.as(owner, "alice");
        bob = PostgresServer.as(owner, "bob");
        funder = PostgresServer.as(owner, "funder");
        nord = StoreFiles.write(dir, "nord/sessions.csv", "id\n1\n");
        sud = StoreFiles.write(dir, "sud/sessions.csv", "id\n2\n3\n");
        try (StoreSession s = store.open(alice)) {
            assertThat(s.push("lab-nord", List.of(rename(nord)), "test").added()).isEqualTo(1);
        }
        try (StoreSession s = store.open(bob)) {
            assertThat(s.push("lab-sud", List.of(rename(sud)), "test").added()).isEqualTo(1);
        }
    }

    private static PushedFile rename(PushedFile f) {
        return new PushedFile("sessions.csv", f.path(), f.sha256(), f.reader(), f.rowsKept(), f.rowsRejected());
    }

    @Test
    void aLabSeesItsOwnFilesAndHistoryOnly() throws Exception {
        try (StoreSession s = store.open(alice)) {
            assertThat(s.labs()).containsExactly("lab-nord");
            assertThat(s.files(List.of())).extracting(StoredFile::lab).containsExactly("lab-nord");
            assertThat(s.files(List.of("lab-sud"))).isEmpty();
            assertThat(s.history(null)).extracting(h -> h.labs().get(0)).containsExactly("lab-nord");
        }
        assertThat(PostgresServer.psql(alice, "SELECT count(*) FROM recits_chunk WHERE lab = 'lab-sud'"))
                .isEqualToIgnoringWhitespace("0");
    }

    @Test
    void aLabCannotReadAnotherLabsBytesEvenKnowingTheirHash() throws Exception {
        try (StoreSession s = store.open(alice)) {
            assertThatThrownBy(() -> s.copy(new StoredFile("lab-sud", "sessions.csv", sud.sha256(), 8),
                    new ByteArrayOutputStream())).isInstanceOf(StoreException.class)
                    .hasMessageContaining("ne contient plus la version");
        }
    }

    @Test
    void aLabCannotPushUnderAnotherLabsName() throws Exception {
        PushedFile forged = StoreFiles.write(dir, "x/sessions.csv", "id\n9\n");
        try (StoreSession s = store.open(alice)) {
            assertThatThrownBy(() -> s.push("lab-sud", List.of(rename(forged)), "test"))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("L’entrepôt refuse")
                    .hasMessageContaining("row-level security");
            // nor create a lab the programme did not set up
            assertThatThrownBy(() -> s.push("lab-est", List.of(rename(forged)), "test"))
                    .isInstanceOf(StoreException.class).hasMessageContaining("permission denied");
        }
        try (StoreSession s = store.open(owner)) {
            assertThat(s.files(List.of("lab-sud"))).extracting(StoredFile::sha256).containsExactly(sud.sha256());
            assertThat(s.history("lab-sud")).hasSize(1);
        }
    }

    @Test
    void plainSqlCannotChangeAnotherLabsRows() throws Exception {
        // a lab's role deletes nothing, its own rows included: a file leaves the store by a newer version only
        assertThatThrownBy(() -> PostgresServer.psql(alice, "DELETE FROM recits_file WHERE lab = 'lab-sud'"))
                .isInstanceOf(IOException.class).hasMessageContaining("permission denied");
        assertThat(PostgresServer.psql(alice, "WITH u AS (UPDATE recits_file SET sha256 = 'x' WHERE lab = 'lab-sud'"
                + " RETURNING 1) SELECT count(*) FROM u")).isEqualToIgnoringWhitespace("0");
        assertThatThrownBy(() -> PostgresServer.psql(alice,
                "INSERT INTO recits_chunk (lab, sha256, seq, data) VALUES ('lab-sud', '" + sud.sha256() + "', 9, '')"))
                .isInstanceOf(IOException.class).hasMessageContaining("row-level security");
        assertThatThrownBy(() -> PostgresServer.psql(alice, "DELETE FROM recits_chunk"))
                .isInstanceOf(IOException.class).hasMessageContaining("permission denied");
        assertThat(PostgresServer.psql(owner, "SELECT sha256 FROM recits_file WHERE lab = 'lab-sud'"))
                .isEqualToIgnoringWhitespace(sud.sha256());
    }

    @Test
    void theProgrammeReadsEveryLabAndRecordsReportsButPushesNothing() throws Exception {
        try (StoreSession s = store.open(funder)) {
            assertThat(s.labs()).containsExactly("lab-nord", "lab-sud");
            List<StoredFile> files = s.files(List.of());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            s.copy(files.get(1), out);
            assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("id\n2\n3\n");
            long id = s.recordReport(new ReportRecord(List.of("lab-nord", "lab-sud"), "2021-T1", List.of(), files,
                    new java.util.TreeMap<>(), new java.util.TreeMap<>(), "test"));
            assertThat(s.history(null)).extracting(HistoryEntry::id).contains(id);
            assertThatThrownBy(() -> s.push("lab-nord", List.of(rename(nord)), "test"))
                    .isInstanceOf(StoreException.class).hasMessageContaining("permission denied");
        }
        // a lab does not see a report that read another lab too
        try (StoreSession s = store.open(alice)) {
            assertThat(s.history(null)).extracting(HistoryEntry::kind).containsOnly(HistoryEntry.Kind.PUSH);
        }
    }
}
