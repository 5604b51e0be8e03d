package org.recits.api.store;

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
}
