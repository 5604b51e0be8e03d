package org.recits.store.postgresql.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recits.api.store.Push;
import org.recits.api.store.PushedFile;
import org.recits.api.store.StoreException;

/**
 * One push of a lab's files, in one transaction: killed or refused at any moment, it leaves the store as it was.
 * Two pushes of the same lab wait for each other on an advisory lock held to the end of the transaction.
 */
final class Pusher {

    private Pusher() {
    }

    /** The advisory lock of a lab's pushes: one key per lab, in a space of Récits' own. */
    static final String LOCK_SQL = "SELECT pg_advisory_xact_lock(hashtextextended('recits.push:' || ?, 0))";

    static Push push(Connection c, String lab, List<PushedFile> files, String recitsVersion) throws StoreException {
        Set<String> names = new HashSet<>();
        for (PushedFile f : files) {
            if (!names.add(f.name())) {
                throw Texts.refusal(null, "error.duplicateName", f.name());
            }
        }
        try {
            c.setAutoCommit(false);
            try (PreparedStatement lock = c.prepareStatement(LOCK_SQL)) {
                lock.setString(1, lab);
                lock.execute();
            }
            ensureLab(c, lab);
            long id;
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO recits_push (lab, recits_version) VALUES (?, ?) RETURNING id")) {
                p.setString(1, lab);
                p.setString(2, recitsVersion);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            Map<String, String> stored = current(c, lab);
            int added = 0;
            int replaced = 0;
            int unchanged = 0;
            for (PushedFile f : files) {
                String before = stored.get(f.name());
                String fate;
                if (f.sha256().equals(before)) {
                    fate = "unchanged";
                    unchanged++;
                } else {
                    Blobs.store(c, lab, f.path(), f.sha256());
                    upsertFile(c, lab, f, id);
                    fate = before == null ? "added" : "replaced";
                    if (before == null) {
                        added++;
                    } else {
                        replaced++;
                    }
                }
                try (PreparedStatement p = c.prepareStatement("INSERT INTO recits_push_file"
                        + " (push_id, lab, name, sha256, fate, rows_kept, rows_rejected) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    p.setLong(1, id);
                    p.setString(2, lab);
                    p.setString(3, f.name());
                    p.setString(4, f.sha256());
                    p.setString(5, fate);
                    p.setLong(6, f.rowsKept());
                    p.setLong(7, f.rowsRejected());
                    p.executeUpdate();
                }
            }
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE recits_push SET added = ?, replaced = ?, unchanged = ? WHERE id = ?")) {
                p.setInt(1, added);
                p.setInt(2, replaced);
                p.setInt(3, unchanged);
                p.setLong(4, id);
                p.executeUpdate();
            }
            c.commit();
            c.setAutoCommit(true);
            return new Push(id, added, replaced, unchanged);
        } catch (SQLException e) {
            Migrations.rollbackQuietly(c);
            throw SqlErrors.describe(e, "push");
        } catch (IOException e) {
            Migrations.rollbackQuietly(c);
            throw Texts.refusal(e, "error.readFile", e.getMessage());
        } catch (StoreException | RuntimeException e) {
            Migrations.rollbackQuietly(c);
            throw e;
        }
    }

    /** The lab's row, created at its first push; a lab role may only read it (Roles creates the row first then). */
    private static void ensureLab(Connection c, String lab) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM recits_lab WHERE name = ?")) {
            p.setString(1, lab);
            try (ResultSet rs = p.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO recits_lab (name) VALUES (?)")) {
            p.setString(1, lab);
            p.executeUpdate();
        }
    }

    private static Map<String, String> current(Connection c, String lab) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT name, sha256 FROM recits_file WHERE lab = ?")) {
            p.setString(1, lab);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    private static void upsertFile(Connection c, String lab, PushedFile f, long push) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO recits_file"
                + " (lab, name, sha256, reader, rows_kept, rows_rejected, push_id) VALUES (?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (lab, name) DO UPDATE SET sha256 = excluded.sha256, reader = excluded.reader,"
                + " rows_kept = excluded.rows_kept, rows_rejected = excluded.rows_rejected, push_id = excluded.push_id")) {
            p.setString(1, lab);
            p.setString(2, f.name());
            p.setString(3, f.sha256());
            p.setString(4, f.reader());
            p.setLong(5, f.rowsKept());
            p.setLong(6, f.rowsRejected());
            p.setLong(7, push);
            p.executeUpdate();
        }
    }
}
