package org.recits.store.postgresql.internal;

import java.sql.Connection;
import org.osgi.service.component.annotations.Component;
import org.recits.api.store.ProgrammeStore;
import org.recits.api.store.StoreException;
import org.recits.api.store.StoreSession;

/** The programme store on PostgreSQL 13 or later: connects, brings the schema up to date, hands a session. */
@Component(service = ProgrammeStore.class)
public final class PostgresStore implements ProgrammeStore {

    @Override
    public StoreSession open(String url) throws StoreException {
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
        return new PostgresSession(c);
    }
}
