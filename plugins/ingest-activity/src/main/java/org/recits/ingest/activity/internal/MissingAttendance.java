package org.recits.ingest.activity.internal;

import java.util.List;
import java.util.function.Predicate;
import org.recits.api.data.Finding;
import org.recits.api.data.RecordedAttendance;
import org.recits.api.model.Attendance;
import org.recits.api.model.Session;

/**
 * Counted sessions without a single attendance row. Their attendance was not entered: the indicators
 * leave them out (see {@link RecordedAttendance}) and the user is told which ones, so that a forgotten
 * or unreadable part of presences.csv is not read as everyone absent.
 */
final class MissingAttendance {

    private MissingAttendance() {
    }

    /**
     * One warning per such session, at its line; when no attendance row was kept at all, one warning per
     * attendance file instead (the cause is the file, not each session), unless its rows were refused with a
     * finding of their own, which says the cause already.
     *
     * @param sessions the sessions kept
     * @param kept     the attendance rows kept
     * @param files    the files attendance was read from; none: nothing is said
     * @param refused  whether a file already has a rejected row
     */
    static List<Finding> of(List<Session> sessions, List<Attendance> kept, List<String> files,
            Predicate<String> refused) {
        if (files.isEmpty()) {
            return List.of();
        }
        List<Session> missing = RecordedAttendance.of(kept).missing(sessions);
        if (missing.isEmpty()) {
            return List.of();
        }
        if (kept.isEmpty()) {
            return files.stream().filter(refused.negate()).map(f -> Finding.warning(f, 0, null, null,
                    Texts.noAttendanceKept(missing.size()))).toList();
        }
        String where = String.join(", ", files);
        return missing.stream().map(s -> Finding.warning(s.source().file(), s.source().line(), "session", s.id(),
                Texts.sessionWithoutAttendance(s.dateDebut(), where))).toList();
    }
}
