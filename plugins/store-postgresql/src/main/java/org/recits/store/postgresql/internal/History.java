package org.recits.store.postgresql.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.recits.api.model.LocalizedText;
import org.recits.api.store.HistoryEntry;
import org.recits.api.store.ReportRecord;
import org.recits.api.store.StoredFile;

/** The pushes and reports kept in the store: written by a report, read by {@code store history}. */
final class History {

    private History() {
    }

    static long record(Connection c, ReportRecord r) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO recits_report"
                + " (labs, period, recits_version, options, inputs, outputs, plugins) VALUES (?, ?, ?, ?, ?, ?, ?)"
                + " RETURNING id")) {
            p.setArray(1, c.createArrayOf("text", r.labs().toArray()));
            p.setString(2, r.period());
            p.setString(3, r.recitsVersion());
            p.setArray(4, c.createArrayOf("text", r.options().toArray()));
            p.setArray(5, c.createArrayOf("text", r.inputs().stream().map(History::input).toArray()));
            p.setArray(6, c.createArrayOf("text", r.outputs().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).toArray()));
            p.setArray(7, c.createArrayOf("text", r.plugins().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).toArray()));
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** A recorded report as it was made: its inputs with their sizes, its options, outputs and plugins. */
    static java.util.Optional<ReportRecord> report(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT labs, period, options, inputs, outputs, plugins,"
                + " recits_version FROM recits_report WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return java.util.Optional.empty();
                }
                List<StoredFile> inputs = new ArrayList<>();
                for (String line : strings(rs.getArray(4))) {
                    int slash = line.indexOf('/');
                    int space = line.lastIndexOf(' ');
                    inputs.add(new StoredFile(line.substring(0, slash), line.substring(slash + 1, space),
                            line.substring(space + 1), -1));
                }
                return java.util.Optional.of(new ReportRecord(strings(rs.getArray(1)), rs.getString(2),
                        strings(rs.getArray(3)), inputs, pairs(strings(rs.getArray(5))), pairs(strings(rs.getArray(6))),
                        rs.getString(7)));
            }
        }
    }

    /** {@code "key value"} lines back into a map; the value is after the last space (a name may hold spaces). */
    private static java.util.SortedMap<String, String> pairs(List<String> lines) {
        java.util.SortedMap<String, String> out = new java.util.TreeMap<>();
        for (String line : lines) {
            int space = line.lastIndexOf(' ');
            out.put(line.substring(0, space), line.substring(space + 1));
        }
        return out;
    }

    private static String input(StoredFile f) {
        return f.lab() + "/" + f.name() + " " + f.sha256();
    }

    static List<HistoryEntry> read(Connection c, String lab) throws SQLException {
        List<HistoryEntry> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT p.id, p.pushed_at, p.pushed_by, p.lab, p.recits_version,"
                + " p.added, p.replaced, p.unchanged,"
                + " array(SELECT f.name || ' ' || f.sha256 || ' ' || f.fate || ' ' || f.rows_kept || ' ' || f.rows_rejected"
                + "       FROM recits_push_file f WHERE f.push_id = p.id ORDER BY f.name)"
                + " FROM recits_push p WHERE ?::text IS NULL OR p.lab = ? ORDER BY p.id")) {
            p.setString(1, lab);
            p.setString(2, lab);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    LocalizedText summary = Texts.get("history.push", rs.getInt(6), rs.getInt(7), rs.getInt(8),
                            rs.getString(5));
                    out.add(new HistoryEntry(rs.getLong(1), HistoryEntry.Kind.PUSH, rs.getTimestamp(2).toInstant(),
                            rs.getString(3), List.of(rs.getString(4)), summary, strings(rs.getArray(9))));
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement("SELECT id, made_at, made_by, labs, period, recits_version,"
                + " options, inputs, outputs, plugins FROM recits_report"
                + " WHERE ?::text IS NULL OR ? = ANY (labs) ORDER BY id")) {
            p.setString(1, lab);
            p.setString(2, lab);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    List<String> details = new ArrayList<>();
                    strings(rs.getArray(7)).forEach(o -> details.add("option " + o));
                    strings(rs.getArray(8)).forEach(i -> details.add("in " + i));
                    strings(rs.getArray(9)).forEach(o -> details.add("out " + o));
                    strings(rs.getArray(10)).forEach(pl -> details.add("plugin " + pl));
                    LocalizedText summary = Texts.get("history.report", rs.getString(5), rs.getString(6));
                    out.add(new HistoryEntry(rs.getLong(1), HistoryEntry.Kind.REPORT, rs.getTimestamp(2).toInstant(),
                            rs.getString(3), strings(rs.getArray(4)), summary, details));
                }
            }
        }
        out.sort(Comparator.comparingLong(HistoryEntry::id));
        return out;
    }

    private static List<String> strings(Array a) throws SQLException {
        return a == null ? List.of() : Arrays.stream((Object[]) a.getArray()).map(String::valueOf).toList();
    }
}
