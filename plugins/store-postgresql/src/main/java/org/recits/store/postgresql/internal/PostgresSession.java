package org.recits.store.postgresql.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.recits.api.store.HistoryEntry;
import org.recits.api.store.Push;
import org.recits.api.store.PushedFile;
import org.recits.api.store.ReportRecord;
import org.recits.api.store.StoreException;
import org.recits.api.store.StoreSession;
import org.recits.api.store.StoredFile;

/** A session on the store: one JDBC connection, used by one command. */
final class PostgresSession implements StoreSession {

    private final Connection c;
    /** The default store's server, stopped as the session closes; null on a given server. */
    private final EmbeddedServer server;

    PostgresSession(Connection c, EmbeddedServer server) {
        this.c = c;
        this.server = server;
    }

    @Override
    public Push push(String lab, List<PushedFile> files, String recitsVersion) throws StoreException {
        requireLab(lab);
        return Pusher.push(c, lab, files, recitsVersion);
    }

    @Override
    public List<StoredFile> files(List<String> labs) throws StoreException {
        for (String lab : labs) {
            requireLab(lab);
        }
        try (PreparedStatement p = c.prepareStatement("SELECT f.lab, f.name, f.sha256, b.size FROM recits_file f"
                + " JOIN recits_blob b ON b.lab = f.lab AND b.sha256 = f.sha256"
                + " WHERE cardinality(?::text[]) = 0 OR f.lab = ANY (?::text[]) ORDER BY f.lab, f.name")) {
            Array a = c.createArrayOf("text", labs.toArray());
            p.setArray(1, a);
            p.setArray(2, a);
            List<StoredFile> out = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredFile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw SqlErrors.describe(e, "files");
        }
    }

    @Override
    public List<String> labs() throws StoreException {
        // the labs whose files the session may read: row-level security hides the others' files
        try (PreparedStatement p = c.prepareStatement("SELECT DISTINCT lab FROM recits_file ORDER BY lab");
                ResultSet rs = p.executeQuery()) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw SqlErrors.describe(e, "labs");
        }
    }

    @Override
    public void copy(StoredFile file, OutputStream out) throws StoreException, IOException {
        try {
            Blobs.copy(c, file, out);
        } catch (SQLException e) {
            throw SqlErrors.describe(e, "copy");
        }
    }

    @Override
    public long recordReport(ReportRecord report) throws StoreException {
        try {
            return History.record(c, report);
        } catch (SQLException e) {
            throw SqlErrors.describe(e, "report");
        }
    }

    @Override
    public java.util.Optional<ReportRecord> report(long id) throws StoreException {
        try {
            return History.report(c, id);
        } catch (SQLException e) {
            throw SqlErrors.describe(e, "history");
        }
    }

    @Override
    public List<HistoryEntry> history(String lab) throws StoreException {
        if (lab != null) {
            requireLab(lab);
        }
        try {
            return History.read(c, lab);
        } catch (SQLException e) {
            throw SqlErrors.describe(e, "history");
        }
    }

    @Override
    public List<String> createRoles(List<String> labs) throws StoreException {
        for (String lab : labs) {
            requireLab(lab);
        }
        return Roles.create(c, labs);
    }

    @Override
    public void close() throws StoreException {
        try {
            c.close();
        } catch (SQLException e) {
            // a lost connection has nothing left to close
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    private static void requireLab(String lab) throws StoreException {
        if (!StoreSession.checkLab(lab)) {
            throw Texts.refusal(null, "error.labName", lab);
        }
    }
}
