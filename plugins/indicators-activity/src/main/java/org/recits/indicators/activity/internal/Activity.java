package org.recits.indicators.activity.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.recits.api.data.Dataset;
import org.recits.api.model.Attendance;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;

/** Queries on one collectivité's sessions and attendance that several indicators share. */
final class Activity {

    private Activity() {
    }

    /** Counted sessions (session, immersion) of {@code c} that pass the date filter, by start date then id (= rank order). */
    static List<Session> countedSessions(Dataset data, String c, Predicate<LocalDate> when) {
        List<Session> out = new ArrayList<>();
        for (Session s : data.sessions(Scope.of(c))) {
            if (s.isCounted() && when.test(s.dateDebut())) {
                out.add(s);
            }
        }
        return out;
    }

    /** Sessions by id; ids are unique within a collectivité, the first row wins if the file repeats one. */
    static Map<String, Session> byId(List<Session> sessions) {
        Map<String, Session> out = new HashMap<>(sessions.size() * 2);
        for (Session s : sessions) {
            out.putIfAbsent(s.id(), s);
        }
        return out;
    }

    /**
     * Present days of {@code c}'s attendance rows at the given sessions, for the people {@code who}
     * accepts (participant id, session). One pass over the attendance with a hash lookup per row, so
     * the cost stays linear in the number of rows.
     *
     * <p>Each row counts {@code jours_presents} (the session's length when empty), capped at the
     * session's length; a person listed twice for one session is capped once more on the total,
     * so that nobody is present more days than the session lasts. Rows are added in file order,
     * which keeps the floating-point sum the same from run to run.
     */
    static double presentDays(Dataset data, String c, Map<String, Session> sessions,
            BiPredicate<String, Session> who) {
        if (sessions.isEmpty()) {
            return 0;
        }
        Map<String, Map<String, Double>> seen = new HashMap<>();
        double total = 0;
        for (Attendance a : data.attendance(Scope.of(c))) {
            Session s = sessions.get(a.session());
            if (s == null || !who.test(a.participant(), s)) {
                continue;
            }
            double days = a.presentDays(s);
            Double before = seen.computeIfAbsent(s.id(), k -> new HashMap<>()).put(a.participant(), days);
            if (before == null) {
                total += days;
            } else {
                // A repeated row: only what it adds below the session's length counts.
                double together = Math.min(before + days, s.jours());
                seen.get(s.id()).put(a.participant(), together);
                total += together - before;
            }
        }
        return total;
    }
}
