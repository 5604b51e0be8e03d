package org.recits.store.postgresql.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recits.api.store.PushedFile;
import org.recits.api.store.StoreException;
import org.recits.api.store.StoreSession;
import org.recits.api.store.StoredFile;
import org.recits.testkit.PostgresServer;

/**
 * A push or a read whose connection dies at a given moment, on a real server. The moment is made to last: a
 * trigger the test puts on a table waits there for a lock the test holds; the session waiting is then ended on
 * the server ({@code pg_terminate_backend}), as it is when Récits is killed or the network drops. StoreIT kills the
 * process itself, during the COPY.
 */
class StoreFaultsTest {

    static {
        EmbeddedForTests.useForTheStoreTests();
    }

    private static final String TABLES = "recits_lab,recits_blob,recits_chunk,recits_push,recits_file,"
            + "recits_push_file,recits_report";

    @TempDir
    Path dir;

    String url;
    final PostgresStore store = new PostgresStore();

    @BeforeEach
    void aLabPushedOnce() throws Exception {
        url = PostgresServer.freshDatabase();
        try (StoreSession s = store.open(url)) {
            s.push("lab-nord", List.of(StoreFiles.write(dir.resolve("v1"), "sessions.csv", "id\n1\n")), "test");
        }
    }

    @ParameterizedTest(name = "killed at {0} {1}")
    @CsvSource({"INSERT, recits_push", "INSERT, recits_chunk", "INSERT, recits_file", "UPDATE, recits_file",
            "INSERT, recits_push_file", "UPDATE, recits_push"})
    void aPushKilledAtAnyMomentLeavesTheStoreAsItWas(String event, String table) throws Exception {
        String before = contents();
        PushedFile changed = StoreFiles.write(dir.resolve("v2"), "sessions.csv", "id\n1\n2\n");
        PushedFile added = StoreFiles.write(dir.resolve("v2"), "participants.csv", "id\n7\n");
        PostgresServer.psql(url, "CREATE FUNCTION recits_test_wait() RETURNS trigger LANGUAGE plpgsql AS $$"
                + " BEGIN PERFORM pg_advisory_lock(4242); PERFORM pg_advisory_unlock(4242); RETURN NULL; END $$;"
                + " CREATE TRIGGER recits_test_wait AFTER " + event + " ON " + table
                + " FOR EACH STATEMENT EXECUTE FUNCTION recits_test_wait()");
        try (Connection holder = Connections.open(url); Statement h = holder.createStatement()) {
            h.execute("SELECT pg_advisory_lock(4242)");
            CompletableFuture<Object> push = CompletableFuture.supplyAsync(() -> {
                try (StoreSession s = store.open(url)) {
                    return s.push("lab-nord", List.of(changed, added), "test");
                } catch (StoreException e) {
                    throw new CompletionException(e);
                }
            });
            String waiting = terminateTheSessionWaiting();
            assertThat(waiting).as("the push was stopped at that moment").containsIgnoringCase(table);
            assertThat(push).failsWithin(60, TimeUnit.SECONDS).withThrowableOfType(java.util.concurrent.ExecutionException.class)
                    .havingCause().isInstanceOf(StoreException.class)
                    .withMessageContaining("La connexion à l’entrepôt a été perdue").withMessageContaining("rien n’a été enregistré");
        }
        PostgresServer.psql(url, "DROP TRIGGER recits_test_wait ON " + table);
        assertThat(contents()).as("the store as before the push").isEqualTo(before);
        // and the lab's lock went with the connection: the next push goes through
        try (StoreSession s = store.open(url)) {
            assertThat(s.push("lab-nord", List.of(changed, added), "test")).satisfies(p -> {
                assertThat(p.added()).isEqualTo(1);
                assertThat(p.replaced()).isEqualTo(1);
            });
        }
    }

    @Test
    void aReadWhoseConnectionIsLostSaysSoAndGivesNothingMore() throws Exception {
        try (StoreSession s = store.open(url); Connection holder = Connections.open(url);
                Statement h = holder.createStatement()) {
            StoredFile file = s.files(List.of()).get(0);
            holder.setAutoCommit(false);
            h.execute("LOCK TABLE recits_chunk IN ACCESS EXCLUSIVE MODE");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            CompletableFuture<Void> read = CompletableFuture.runAsync(() -> {
                try {
                    s.copy(file, out);
                } catch (StoreException | java.io.IOException e) {
                    throw new CompletionException(e);
                }
            });
            assertThat(terminateTheSessionWaiting()).containsIgnoringCase("recits_chunk");
            assertThat(read).failsWithin(60, TimeUnit.SECONDS).withThrowableOfType(java.util.concurrent.ExecutionException.class)
                    .havingCause().isInstanceOf(StoreException.class)
                    .withMessageContaining("La connexion à l’entrepôt a été perdue");
            assertThat(out.size()).isZero();
            holder.rollback();
        }
    }

    /** Ends the store's session waiting on a lock, once it waits; gives the statement it was at. */
    private String terminateTheSessionWaiting() throws Exception {
        String where = "datname = current_database() AND application_name = 'recits' AND wait_event_type = 'Lock'";
        for (int i = 0; i < 1200; i++) {
            String query = PostgresServer.psql(url, "SELECT query FROM pg_stat_activity WHERE " + where).strip();
            if (!query.isEmpty()) {
                PostgresServer.psql(url, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE " + where);
                return query;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no session of the store waited on a lock");
    }

    /** Every table of the store, row by row. */
    private String contents() throws Exception {
        StringBuilder all = new StringBuilder();
        for (String t : TABLES.split(",")) {
            all.append(t).append(' ').append(PostgresServer.psql(url, "SELECT count(*) || ' ' || md5(coalesce("
                    + "string_agg(x::text, '|' ORDER BY x::text), '')) FROM " + t + " x"));
        }
        return all.toString();
    }
}
