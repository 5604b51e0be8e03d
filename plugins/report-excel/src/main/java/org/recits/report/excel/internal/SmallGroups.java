package org.recits.report.excel.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.recits.api.data.Dataset;
import org.recits.api.data.SurveyAnswerCursor;
import org.recits.api.indicator.ActivityRecord;
import org.recits.api.model.Attendance;
import org.recits.api.model.GroupWeather;
import org.recits.api.model.Measure;
import org.recits.api.model.Participant;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;

/**
 * The groups of records resting on fewer people than the threshold, found by counting their people whatever
 * the report's figures say of them: a collectivité's scored answers to a measure in one of the report's
 * periods (its respondents), its attendance or weather rows in a period (the participants they name), its
 * participants present in a period. An answer or row without a person's id counts as one person, as the
 * indicators count it.
 */
final class SmallGroups {

    /** The "period" of undated records (and of participants present in none of the report's periods). */
    static final int UNDATED = -1;

    /** A collectivité's records of one kind (a {@link Measure} or an {@link ActivityRecord}) in one period. */
    private record Group(String collectivite, Object kind, int period) {
    }

    private final int threshold;
    private final int periods;
    private final Map<String, LocalDate> sessionDays = new HashMap<>();
    private Set<Group> small = Set.of();

    SmallGroups(int threshold, int periods) {
        this.threshold = threshold;
        this.periods = periods;
    }

    /** Counts the people of every group of {@code data}, placed in periods by {@code withheld}. */
    void count(Dataset data, Withheld withheld) {
        Scope all = Scope.programme();
        for (Session s : data.sessions(all)) {
            sessionDays.putIfAbsent(s.collectivite() + '\n' + s.id(), s.dateDebut());
        }
        if (threshold <= 1) {
            return; // every group has at least one person
        }
        Map<Group, Set<Object>> people = new HashMap<>();
        SurveyAnswerCursor a = data.surveyAnswerCursor(all);
        while (a.next()) {
            int p = withheld.periodOf(a.date());
            if (a.score() != null && p >= UNDATED) {
                add(people, new Group(a.collectivite(), a.measure(), p), a.respondent());
            }
        }
        for (Attendance x : data.attendance(all)) {
            int p = withheld.periodOf(sessionDay(x.collectivite(), x.session()));
            if (p >= UNDATED) {
                add(people, new Group(x.collectivite(), ActivityRecord.ATTENDANCE, p), x.participant());
            }
        }
        for (GroupWeather x : data.weather(all)) {
            int p = withheld.periodOf(sessionDay(x.collectivite(), x.session()));
            if (p >= UNDATED) {
                add(people, new Group(x.collectivite(), ActivityRecord.WEATHER, p), x.participant());
            }
        }
        for (Participant x : data.participants(all)) {
            boolean placed = false;
            for (int i = 0; i < periods; i++) {
                if (withheld.present(x.dateEntree(), x.dateSortie(), i)) {
                    add(people, new Group(x.collectivite(), ActivityRecord.PARTICIPANTS, i), x.id());
                    placed = true;
                }
            }
            if (!placed && !entersAfter(withheld, x.dateEntree())) {
                add(people, new Group(x.collectivite(), ActivityRecord.PARTICIPANTS, UNDATED), x.id());
            }
        }
        Set<Group> found = new HashSet<>();
        people.forEach((g, who) -> {
            if (who.size() < threshold) {
                found.add(g);
            }
        });
        small = found;
    }

    /** Adds a person to a group, up to the threshold (past it, the group is big enough whoever else is in it). */
    private void add(Map<Group, Set<Object>> people, Group g, String person) {
        Set<Object> who = people.computeIfAbsent(g, k -> new HashSet<>());
        if (who.size() < threshold) {
            who.add(person == null ? new Object() : person);
        }
    }

    /** Whether an entry date is after the last period (the participant is then left out as outside). */
    private boolean entersAfter(Withheld withheld, LocalDate entry) {
        return entry != null && !withheld.present(entry, null, periods - 1);
    }

    /** Whether a collectivité's answers to {@code measure} in period {@code p} come from too few respondents. */
    boolean answers(String collectivite, Measure measure, int p) {
        return !small.isEmpty() && small.contains(new Group(collectivite, measure, p));
    }

    /** Whether a collectivité's attendance or weather rows in period {@code p} name too few people. */
    boolean activity(ActivityRecord kind, String collectivite, int p) {
        return !small.isEmpty() && small.contains(new Group(collectivite, kind, p));
    }

    /** Whether a participant is present in a period where their collectivité has too few participants. */
    boolean participant(Withheld withheld, String collectivite, LocalDate entry, LocalDate exit) {
        if (small.isEmpty()) {
            return false;
        }
        boolean placed = false;
        for (int i = 0; i < periods; i++) {
            if (withheld.present(entry, exit, i)) {
                placed = true;
                if (small.contains(new Group(collectivite, ActivityRecord.PARTICIPANTS, i))) {
                    return true;
                }
            }
        }
        return !placed && small.contains(new Group(collectivite, ActivityRecord.PARTICIPANTS, UNDATED));
    }

    /** The day of a collectivité's session, or null when it has none of that id. */
    LocalDate sessionDay(String collectivite, String session) {
        return sessionDays.get(collectivite + '\n' + session);
    }
}
