package org.recits.store.postgresql.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.recits.api.store.StoreException;

/**
 * The store's database roles and row-level security (docs: entrepôt). Each lab gets a group role
 * {@code recits_lab_NAME} that may push that lab's files and read them only; the programme gets
 * {@code recits_programme}, which reads every lab and records reports. People log in with their own roles,
 * made members of these. The store's owner is not held by the policies (PostgreSQL does not apply them to a
 * table's owner): it is the administrator's role, not one to push with.
 */
final class Roles {

    static final String PROGRAMME = "recits_programme";

    /** The tables whose rows belong to one lab, by the column naming it. */
    private static final List<String> LAB_TABLES = List.of("recits_blob", "recits_chunk", "recits_file",
            "recits_push", "recits_push_file");

    private Roles() {
    }

    static String labRole(String lab) {
        return "recits_lab_" + lab.replace('-', '_');
    }

    static List<String> create(Connection c, List<String> labs) throws StoreException {
        List<String> roles = new ArrayList<>();
        try {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                createRole(c, PROGRAMME);
                roles.add(PROGRAMME);
                // Whether the session may use a lab's rows: a member of the lab's role. Read through the lab
                // table, which every role may read (names and roles only).
                s.execute("CREATE OR REPLACE FUNCTION recits_lab_member(lab_name text) RETURNS boolean"
                        + " LANGUAGE sql STABLE AS $$ SELECT EXISTS (SELECT 1 FROM recits_lab l"
                        + " WHERE l.name = lab_name AND l.db_role IS NOT NULL AND pg_has_role(l.db_role, 'USAGE')) $$");
                s.execute("CREATE OR REPLACE FUNCTION recits_labs_member(lab_names text[]) RETURNS boolean"
                        + " LANGUAGE sql STABLE AS $$ SELECT coalesce(bool_and(recits_lab_member(n)), false)"
                        + " FROM unnest(lab_names) n $$");
                s.execute("GRANT SELECT ON recits_lab, recits_schema_version TO " + PROGRAMME);
                s.execute("GRANT USAGE ON SEQUENCE recits_history_seq TO " + PROGRAMME);
                for (String t : LAB_TABLES) {
                    s.execute("ALTER TABLE " + t + " ENABLE ROW LEVEL SECURITY");
                    s.execute("DROP POLICY IF EXISTS recits_lab_rows ON " + t);
                    s.execute("CREATE POLICY recits_lab_rows ON " + t
                            + " USING (recits_lab_member(lab)) WITH CHECK (recits_lab_member(lab))");
                    s.execute("DROP POLICY IF EXISTS recits_programme_reads ON " + t);
                    s.execute("CREATE POLICY recits_programme_reads ON " + t + " FOR SELECT TO " + PROGRAMME
                            + " USING (true)");
                    s.execute("GRANT SELECT ON " + t + " TO " + PROGRAMME);
                }
                s.execute("ALTER TABLE recits_report ENABLE ROW LEVEL SECURITY");
                s.execute("DROP POLICY IF EXISTS recits_lab_rows ON recits_report");
                s.execute("CREATE POLICY recits_lab_rows ON recits_report"
                        + " USING (recits_labs_member(labs)) WITH CHECK (recits_labs_member(labs))");
                s.execute("DROP POLICY IF EXISTS recits_programme_reads ON recits_report");
                s.execute("CREATE POLICY recits_programme_reads ON recits_report TO " + PROGRAMME
                        + " USING (true) WITH CHECK (true)");
                s.execute("GRANT SELECT, INSERT ON recits_report TO " + PROGRAMME);
                for (String lab : labs) {
                    String role = labRole(lab);
                    createRole(c, role);
                    roles.add(role);
                    try (PreparedStatement p = c.prepareStatement("INSERT INTO recits_lab (name, db_role) VALUES (?, ?)"
                            + " ON CONFLICT (name) DO UPDATE SET db_role = excluded.db_role")) {
                        p.setString(1, lab);
                        p.setString(2, role);
                        p.executeUpdate();
                    }
                    s.execute("GRANT SELECT ON recits_lab, recits_schema_version TO " + role);
                    s.execute("GRANT USAGE ON SEQUENCE recits_history_seq TO " + role);
                    s.execute("GRANT SELECT, INSERT ON recits_blob, recits_chunk, recits_push_file, recits_report TO "
                            + role);
                    s.execute("GRANT SELECT, INSERT, UPDATE ON recits_file, recits_push TO " + role);
                }
            }
            c.commit();
            c.setAutoCommit(true);
            return roles;
        } catch (SQLException e) {
            Migrations.rollbackQuietly(c);
            throw SqlErrors.describe(e, "roles");
        }
    }

    /** Creates a group role unless it exists: role names are checked lab names, so they need no quoting. */
    private static void createRole(Connection c, String role) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            p.setString(1, role);
            try (ResultSet rs = p.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + role + " NOLOGIN");
        }
    }
}
