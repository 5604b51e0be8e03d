package org.recits.store.postgresql.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Who runs the default store's server processes. Récits runs them as itself ({@link #SELF}); PostgreSQL refuses
 * to run as root, so a root run is refused with the way out. The tests, run as root in CI, hand the processes to
 * an ordinary account instead (EmbeddedServerTest).
 */
interface Account {

    /** The account Récits runs as. */
    Account SELF = new Account() {
        @Override
        public boolean root() {
            return isRoot();
        }

        @Override
        public List<String> prefix() {
            return List.of();
        }

        @Override
        public void own(Path path) {
            // made by this account already
        }
    };

    /** Whether the server would run as root, which PostgreSQL refuses. */
    boolean root();

    /** What the server's commands ({@code initdb}, {@code pg_ctl}) are prefixed with to run as this account. */
    List<String> prefix();

    /** Hands a file or folder Récits made to this account, when it is another one. */
    void own(Path path) throws IOException;

    /** This process runs as root: the owner of {@code /proc/self} on Linux, else the user's name. */
    static boolean isRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }
}
