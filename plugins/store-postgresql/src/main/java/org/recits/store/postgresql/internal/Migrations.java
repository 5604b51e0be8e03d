package org.recits.store.postgresql.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.recits.api.store.StoreException;

/**
 * Brings the store's schema up to date with plain versioned SQL scripts, each applied once, in order, in one
 * transaction with its row in {@code recits_schema_version}. Flyway would do the same with a class-path scan that
 * an OSGi bundle does not give it; the scripts are few and listed here.
 */
final class Migrations {

    /** The scripts, oldest first; a script once released is never changed, a new one is added. */
    static final List<String> SCRIPTS = List.of("V1__store.sql");

    /** An advisory lock key of the store's own, so that two first connections do not both create the schema. */
    private static final long LOCK = 0x7265636974730001L;

    private Migrations() {
    }

    static int latest() {
        return version(SCRIPTS.get(SCRIPTS.size() - 1));
    }

    static int version(String script) {
        return Integer.parseInt(script.substring(1, script.indexOf("__")));
    }

    /** Applies the missing scripts; refuses a schema newer than this bundle knows. Leaves auto-commit on. */
    static void apply(Connection c) throws StoreException {
        try {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
                boolean exists;
                try (ResultSet rs = s.executeQuery("SELECT to_regclass('recits_schema_version') IS NOT NULL")) {
                    exists = rs.next() && rs.getBoolean(1);
                }
                int current = 0;
                if (!exists) {
                    s.execute("CREATE TABLE recits_schema_version (version int PRIMARY KEY, script text NOT NULL,"
                            + " applied_at timestamptz NOT NULL DEFAULT now())");
                } else {
                    try (ResultSet rs = s.executeQuery("SELECT coalesce(max(version), 0) FROM recits_schema_version")) {
                        rs.next();
                        current = rs.getInt(1);
                    }
                }
                if (current > latest()) {
                    throw Texts.refusal(null, "error.schemaNewer", current, latest());
                }
                for (String script : SCRIPTS) {
                    if (version(script) > current) {
                        s.execute(read(script));
                        try (PreparedStatement p = c.prepareStatement(
                                "INSERT INTO recits_schema_version (version, script) VALUES (?, ?)")) {
                            p.setInt(1, version(script));
                            p.setString(2, script);
                            p.executeUpdate();
                        }
                    }
                }
            }
            c.commit();
            c.setAutoCommit(true);
        } catch (SQLException e) {
            rollbackQuietly(c);
            throw SqlErrors.describe(e, "migration");
        } catch (StoreException e) {
            rollbackQuietly(c);
            throw e;
        }
    }

    static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            // the connection is gone: the server has rolled back already
        }
    }

    private static String read(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + script)) {
            if (in == null) {
                throw new IllegalStateException("missing from the bundle: migrations/" + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable in the bundle: migrations/" + script, e);
        }
    }
}
