package org.recits.api.store;

import java.nio.file.Path;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Opens a programme store. Register one implementation as an OSGi service; the engine's {@code store}
 * commands and {@code report --db} use it. Holds no state of a run: each command opens its own session.
 */
@ProviderType
public interface ProgrammeStore {

    /**
     * Connects to the store at an address, bringing its schema up to date first.
     *
     * @param url the database's address ({@code postgresql://host:port/base?user=…} or the JDBC form)
     * @return an open session, to close once done
     * @throws StoreException when the store cannot be reached or its schema is newer than this bundle knows
     */
    StoreSession open(String url) throws StoreException;

    /**
     * Opens the default store: a PostgreSQL server of the store's own, kept in a folder of the user's, started
     * for this session and stopped when it closes. One server per folder: a second command on the same folder
     * waits until the first one's session closes.
     *
     * @param shipped the product folder's directory holding the server's binaries, or null when unknown
     * @param folder  the store's folder (made on first use)
     * @return an open session, to close once done (which stops the server)
     * @throws StoreException when the server cannot run here (run as root, no binaries for this system) or does
     *         not start; the message names {@code --db} as the way out
     */
    StoreSession openEmbedded(Path shipped, Path folder) throws StoreException;
}
