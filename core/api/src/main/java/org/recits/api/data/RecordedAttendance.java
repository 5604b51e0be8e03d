package org.recits.api.data;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.recits.api.model.Attendance;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;

/**
 * Which sessions have their attendance recorded: one row or more in {@code presences.csv}. A counted
 * session with none is not a session nobody came to but one whose attendance was not entered: the
 * ingestor warns about it and the indicators that read attendance leave it out rather than count
 * every ambassador absent. One pass over the attendance rows, hash lookups after.
 *
 * @param sessionsByCollectivite the ids of the sessions with one or more attendance rows, by collectivité
 */
public record RecordedAttendance(Map<String, Set<String>> sessionsByCollectivite) {

    /**
     * Copies the map and its sets.
     *
     * @param sessionsByCollectivite the ids of the sessions with one or more attendance rows, by collectivité
     */
    public RecordedAttendance {
        Map<String, Set<String>> copy = new HashMap<>();
        sessionsByCollectivite.forEach((c, ids) -> copy.put(c, Set.copyOf(ids)));
        sessionsByCollectivite = Map.copyOf(copy);
    }

    /**
     * The sessions with attendance rows in a scope.
     *
     * @param data  the data
     * @param scope a collectivité, or the programme
     * @return which sessions of the scope have one or more attendance rows
     */
    public static RecordedAttendance of(Dataset data, Scope scope) {
        return of(data.attendance(scope));
    }

    /**
     * The sessions with attendance rows among some rows (those an ingestor keeps, say).
     *
     * @param rows attendance rows
     * @return which sessions have one or more of them
     */
    public static RecordedAttendance of(Iterable<Attendance> rows) {
        Map<String, Set<String>> ids = new HashMap<>();
        for (Attendance a : rows) {
            ids.computeIfAbsent(a.collectivite(), c -> new TreeSet<>()).add(a.session());
        }
        return new RecordedAttendance(ids);
    }

    /**
     * Whether the session has one or more attendance rows.
     *
     * @param s a session
     * @return true when {@code presences.csv} has a row for it
     */
    public boolean has(Session s) {
        return sessionsByCollectivite.getOrDefault(s.collectivite(), Set.of()).contains(s.id());
    }

    /**
     * The counted sessions (see {@link Session#isCounted()}) among {@code sessions} that have no attendance row, in
     * their order.
     *
     * @param sessions sessions of the data this was made from
     * @return those counted and without attendance
     */
    public List<Session> missing(List<Session> sessions) {
        return sessions.stream().filter(s -> s.isCounted() && !has(s)).toList();
    }
}
