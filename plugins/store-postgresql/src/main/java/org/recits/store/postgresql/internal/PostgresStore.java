package org.recits.store.postgresql.internal;

import java.nio.file.Path;
import java.sql.Connection;
import org.osgi.service.component.annotations.Component;
import org.recits.api.store.ProgrammeStore;
import org.recits.api.store.StoreException;
import org.recits.api.store.StoreSession;

/**
 * The programme store on PostgreSQL 13 or later: connects (to a given server, or to the default store's own,
 * started for the session), brings the schema up to date, hands a session.
 */
@Component(service = ProgrammeStore.class)
public final class PostgresStore implements ProgrammeStore {

    @Override
    public StoreSession open(String url) throws StoreException {
        return open(url, null);
    }

    @Override
    public StoreSession openEmbedded(Path shipped, Path folder) throws StoreException {
        return openEmbedded(shipped, folder, Account.SELF);
    }

    /** The default store, its server run by {@code account}. */
    static StoreSession openEmbedded(Path shipped, Path folder, Account account) throws StoreException {
        EmbeddedServer server = EmbeddedServer.start(shipped, folder, account);
        try {
            return open(server.url(), server);
        } catch (StoreException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static StoreSession open(String url, EmbeddedServer server) throws StoreException {
        Connection c = Connections.open(url);
        try {
            Migrations.apply(c);
        } catch (StoreException | RuntimeException e) {
            try {
                c.close();
            } catch (java.sql.SQLException ignored) {
                // closing a connection that failed: nothing more to say than the failure itself
            }
            throw e;
        }
        return new PostgresSession(c, server);
    }
}
