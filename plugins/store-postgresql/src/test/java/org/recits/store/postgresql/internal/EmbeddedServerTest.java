package org.recits.store.postgresql.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.store.PushedFile;
import org.recits.api.store.StoreException;
import org.recits.api.store.StoreSession;
import org.recits.api.store.StoredFile;

/**
 * The default store: its own PostgreSQL server from the shipped binaries, in a folder of the user's, started and
 * stopped with each session, one at a time per folder, refused with the way out ({@code --db}) where it cannot run.
 */
class EmbeddedServerTest {

    @TempDir
    Path tmp;

    Path folder;
    final Account account = EmbeddedForTests.account();
    final Path shipped = EmbeddedForTests.shipped();

    @BeforeEach
    void folder() throws Exception {
        folder = EmbeddedForTests.crossable(tmp).resolve("entrepot");
    }

    @Test
    void theStoreKeepsItsFilesFromOneSessionToTheNextAndItsServerStopsWithEachSession() throws Exception {
        PushedFile sessions = StoreFiles.write(tmp.resolve("donnees-labo"), "sessions.csv", "id;date\n1;2021-01-04\n");
        try (StoreSession s = PostgresStore.openEmbedded(shipped, folder, account)) {
            assertThat(s.push("lab-nord", List.of(sessions), "test").added()).isEqualTo(1);
            assertThat(folder.resolve("donnees/postmaster.pid")).exists();
        }
        assertThat(folder.resolve("donnees/postmaster.pid")).as("the server stopped with the session").doesNotExist();
        // the user's alone: the folder, and the password that the server asks for
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("motdepasse"))))
                .isEqualTo("rw-------");
        try (StoreSession s = PostgresStore.openEmbedded(shipped, folder, account)) {
            assertThat(s.files(List.of())).extracting(StoredFile::name).containsExactly("sessions.csv");
            assertThat(s.push("lab-nord", List.of(sessions), "test").unchanged()).isEqualTo(1);
        }
    }

    @Test
    void aSecondSessionOnTheSameFolderWaitsUntilTheFirstCloses() throws Exception {
        List<String> order = java.util.Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Void> second;
        try (StoreSession first = PostgresStore.openEmbedded(shipped, folder, account)) {
            second = CompletableFuture.runAsync(() -> {
                try (StoreSession s = PostgresStore.openEmbedded(shipped, folder, account)) {
                    order.add("second opened");
                    assertThat(s.labs()).isEmpty();
                } catch (StoreException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(1500);
            assertThat(second).as("the second session waits for the folder").isNotDone();
            order.add("first closes");
        }
        second.get(120, TimeUnit.SECONDS);
        assertThat(order).containsExactly("first closes", "second opened");
    }

    @Test
    void aServerLeftRunningByAKilledRunIsStoppedBeforeTheNextStarts() throws Exception {
        try (StoreSession s = PostgresStore.openEmbedded(shipped, folder, account)) {
            assertThat(s.labs()).isEmpty();
        }
        // as a run killed with its server up leaves it: running, its lock gone with the process
        Path bin = ServerBinaries.unpacked(ServerBinaries.find(shipped), folder);
        List<String> start = new ArrayList<>(account.prefix());
        start.addAll(List.of(bin.resolve("pg_ctl").toString(), "start", "-w", "-D", folder.resolve("donnees").toString(),
                "-l", folder.resolve("journal.log").toString(), "-o", "-p " + freePort()));
        assertThat(new ProcessBuilder(start).inheritIO().start().waitFor()).isZero();
        try (StoreSession s = PostgresStore.openEmbedded(shipped, folder, account)) {
            assertThat(s.labs()).isEmpty();
        }
        assertThat(folder.resolve("donnees/postmaster.pid")).doesNotExist();
    }

    @Test
    void aServerThatDoesNotStartIsSaidWithTheEndOfItsLogAndTheWayOut() throws Exception {
        try (StoreSession s = PostgresStore.openEmbedded(shipped, folder, account)) {
            assertThat(s.labs()).isEmpty();
        }
        Files.writeString(folder.resolve("donnees/postgresql.conf"), "\nshared_buffers = 'beaucoup'\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        assertThatThrownBy(() -> PostgresStore.openEmbedded(shipped, folder, account))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.why().fr()).startsWith("Le serveur PostgreSQL de l’entrepôt par défaut n’a pas démarré")
                            .contains("shared_buffers").contains(folder.resolve("journal.log").toString())
                            .contains("--db");
                    assertThat(e.why().in(Locale.ENGLISH)).contains("did not start").contains("--db");
                });
        // and the folder is free for the next command
        Files.writeString(folder.resolve("donnees/postgresql.conf"), "\nshared_buffers = '16MB'\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (StoreSession s = PostgresStore.openEmbedded(shipped, folder, account)) {
            assertThat(s.labs()).isEmpty();
        }
    }

    @Test
    void asRootTheDefaultStoreIsRefusedNamingDb() {
        Account root = new Account() {
            @Override
            public boolean root() {
                return true;
            }

            @Override
            public List<String> prefix() {
                return List.of();
            }

            @Override
            public void own(Path path) {
                // never reached
            }
        };
        assertThatThrownBy(() -> PostgresStore.openEmbedded(shipped, folder, root))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.why().fr()).contains("refuse de tourner sous le compte root").contains("--db")
                            .contains("RECITS_DB");
                    assertThat(e.why().in(Locale.ENGLISH)).contains("refuses to run as root").contains("server's address")
                            .contains("--db");
                });
        assertThat(folder).doesNotExist();
        // and this process, as it runs, is root or not as the system says
        assertThat(Account.SELF.root()).isEqualTo("root".equals(System.getProperty("user.name")));
    }

    @Test
    void withoutTheShippedBinariesTheRefusalSaysToReinstallOrGiveDb() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("produit/postgresql"));
        assertThatThrownBy(() -> PostgresStore.openEmbedded(empty, folder, account))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.why().fr())
                        .contains("manque au dossier de Récits").contains(empty.toString()).contains("--db"));
        assertThat(ServerBinaries.platform("Mac OS X", "aarch64")).isNull();
        assertThat(ServerBinaries.platform("Linux", "amd64")).isEqualTo("linux-amd64");
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
