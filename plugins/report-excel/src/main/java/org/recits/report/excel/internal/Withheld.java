package org.recits.report.excel.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recits.api.indicator.ActivityRecord;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.Temporality;
import org.recits.api.model.Measure;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;
import org.recits.api.report.IndicatorResult;
import org.recits.api.report.Observation;
import org.recits.api.report.Report;

/**
 * The records about people the records outputs leave out: those dated outside the report's periods (no figure
 * of the report, so no mask, covers them: a small group's answers of another quarter would be published whole),
 * and those a masked figure is built on (with them, three lines of a spreadsheet give the masked figure back).
 *
 * <p>The masks are the engine's, read from the report's observations (a value resting on too few people, and
 * those hidden to protect it); what a figure reads is its definition's ({@link IndicatorDefinition#answersRead()},
 * {@link IndicatorDefinition#activityRead()}). A record is left out when a masked figure reads it: same
 * collectivité (any, for the programme), a kind the figure reads, and a date in the figure's window (the period
 * for a flow, up to its end or undated for the others). Attendance and weather rows are dated by their session;
 * a participant is read by a window their time in the programme (entry to exit) meets.
 *
 * <p>Whatever its figures show (masked, n/d, not computed), a small group's records are left out too: the
 * scored answers to a measure of a collectivité in one of the report's periods (or undated) given by fewer
 * respondents than the threshold, and the attendance, weather and participants' rows of a collectivité in a
 * period where fewer people than the threshold appear in them: published row by row they would tell about
 * those few people what no mask protected.
 */
final class Withheld {

    /** Why a record is left out. */
    enum Reason {
        /** Dated outside every period of the report. */
        OUTSIDE,
        /** Read by a masked figure. */
        MASKED
    }

    /** Where a record may lie to be read by a masked figure: {@code from} null for "since the start". */
    private record Window(LocalDate from, LocalDate to) {

        boolean holds(LocalDate day) {
            if (day == null) {
                return from == null; // an undated record counts in cumulative figures only
            }
            return (from == null || !day.isBefore(from)) && !day.isAfter(to);
        }

        /** Whether the span from {@code start} to {@code end} (null: open) meets this window. */
        boolean meets(LocalDate start, LocalDate end) {
            return (start == null || !start.isAfter(to)) && (end == null || from == null || !end.isBefore(from));
        }
    }

    /** Windows by collectivité ({@code null} for every one: the programme's figure is masked). */
    private static final class Windows extends HashMap<String, List<Window>> {
        private static final long serialVersionUID = 1L;

        void add(String collectivite, Window w) {
            computeIfAbsent(collectivite, k -> new ArrayList<>()).add(w);
        }

        boolean holds(String collectivite, LocalDate day) {
            return holds(get(collectivite), day) || holds(get(null), day);
        }

        boolean meets(String collectivite, LocalDate start, LocalDate end) {
            return meets(get(collectivite), start, end) || meets(get(null), start, end);
        }

        private static boolean holds(List<Window> ws, LocalDate day) {
            if (ws != null) {
                for (Window w : ws) {
                    if (w.holds(day)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static boolean meets(List<Window> ws, LocalDate start, LocalDate end) {
            if (ws != null) {
                for (Window w : ws) {
                    if (w.meets(start, end)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private final Map<Measure, Windows> answers = new EnumMap<>(Measure.class);
    private final Map<ActivityRecord, Windows> activity = new EnumMap<>(ActivityRecord.class);
    /** The report's periods, the earliest first, and the last day of the last. */
    private final List<Period> periods;
    private final LocalDate end;
    /**
     * The first day of the periods when they follow one another with no gap (the usual trend): a day is then
     * outside when it is before it or after {@link #end}, two comparisons for each of millions of answers.
     * Null when they leave gaps.
     */
    private final LocalDate start;
    /** The small groups ({@link SmallGroups}). */
    private final SmallGroups small;

    private Withheld(Report report) {
        this.small = new SmallGroups(report.suppressionThreshold(), report.previousPeriods().size() + 1);
        List<Period> all = new ArrayList<>(report.previousPeriods());
        all.add(report.period());
        this.periods = List.copyOf(all);
        this.end = report.period().end();
        LocalDate first = all.get(0).start();
        for (int i = 1; i < all.size() && first != null; i++) {
            if (!all.get(i).start().equals(all.get(i - 1).end().plusDays(1))) {
                first = null;
            }
        }
        this.start = first;
    }

    /** The collectivités a scope's figure reads: a null for the programme's, every one of a lab's. */
    private static List<String> collectivites(Report report, Scope scope) {
        if (scope.isProgramme()) {
            return java.util.Collections.singletonList(null);
        }
        if (scope.isLab()) {
            return report.scopes().stream().filter(s -> s.collectivite() != null && scope.lab().equals(s.lab()))
                    .map(Scope::collectivite).toList();
        }
        return List.of(scope.collectivite());
    }

    /** What {@code report}'s records outputs leave out. */
    static Withheld of(Report report) {
        Withheld m = new Withheld(report);
        for (IndicatorResult r : report.results()) {
            IndicatorDefinition d = r.definition();
            if (d.answersRead().isEmpty() && d.activityRead().isEmpty()) {
                continue;
            }
            List<String> collectivites = collectivites(report, r.scope());
            List<Observation> all = new ArrayList<>(r.previous());
            all.add(r.current());
            for (Observation o : all) {
                if (!o.suppressed()) {
                    continue;
                }
                Window w = new Window(d.temporality() == Temporality.FLOW_IN_PERIOD ? o.period().start() : null,
                        o.period().end());
                for (String collectivite : collectivites) {
                    for (Measure measure : d.answersRead()) {
                        m.answers.computeIfAbsent(measure, k -> new Windows()).add(collectivite, w);
                    }
                    for (ActivityRecord kind : d.activityRead()) {
                        m.activity.computeIfAbsent(kind, k -> new Windows()).add(collectivite, w);
                    }
                }
            }
        }
        m.small.count(report.data(), m);
        return m;
    }

    /**
     * The index among the report's periods of the one holding {@code day}, {@link SmallGroups#UNDATED} for no
     * day, or -2 when it lies outside them all.
     */
    int periodOf(LocalDate day) {
        if (day == null) {
            return SmallGroups.UNDATED;
        }
        for (int i = 0; i < periods.size(); i++) {
            if (periods.get(i).contains(day)) {
                return i;
            }
        }
        return -2;
    }

    /** Whether a participant present from {@code entry} to {@code exit} (null: open) is there during period i. */
    boolean present(LocalDate entry, LocalDate exit, int i) {
        Period p = periods.get(i);
        return (entry == null || !entry.isAfter(p.end())) && (exit == null || !exit.isBefore(p.start()));
    }

    /** The day of a session, or null when there is none of that id. */
    LocalDate sessionDay(String collectivite, String session) {
        return small.sessionDay(collectivite, session);
    }

    /**
     * Why a survey answer is left out.
     *
     * @param collectivite the answer's collectivité
     * @param measure      what its question measures
     * @param day          its date, or null
     * @return null when it is published
     */
    Reason answer(String collectivite, Measure measure, LocalDate day) {
        if (outside(day)) {
            return Reason.OUTSIDE;
        }
        Windows of = answers.get(measure);
        return of != null && of.holds(collectivite, day) || small.answers(collectivite, measure, periodOf(day))
                ? Reason.MASKED : null;
    }

    /**
     * Why an attendance or weather row is left out.
     *
     * @param kind         {@link ActivityRecord#ATTENDANCE} or {@link ActivityRecord#WEATHER}
     * @param collectivite the row's collectivité
     * @param day          its session's date, or null when the session is unknown
     * @return null when it is published
     */
    Reason sessionRow(ActivityRecord kind, String collectivite, LocalDate day) {
        if (outside(day)) {
            return Reason.OUTSIDE;
        }
        Windows of = activity.get(kind);
        return of != null && of.holds(collectivite, day) || small.activity(kind, collectivite, periodOf(day))
                ? Reason.MASKED : null;
    }

    /**
     * Why a participant's row is left out: entered after the report's end (not yet in the programme it tells
     * of), or in the programme during a masked figure's window.
     *
     * @param collectivite the participant's collectivité
     * @param entry        entry date, or null
     * @param exit         exit date, or null
     * @return null when it is published
     */
    Reason participant(String collectivite, LocalDate entry, LocalDate exit) {
        if (entry != null && entry.isAfter(end)) {
            return Reason.OUTSIDE;
        }
        Windows of = activity.get(ActivityRecord.PARTICIPANTS);
        return of != null && of.meets(collectivite, entry, exit) || small.participant(this, collectivite, entry, exit)
                ? Reason.MASKED : null;
    }

    /** Whether a day lies in none of the report's periods (an undated record is not placed, so not outside). */
    private boolean outside(LocalDate day) {
        if (day == null) {
            return false;
        }
        if (start != null) {
            return day.isBefore(start) || day.isAfter(end);
        }
        for (Period p : periods) {
            if (p.contains(day)) {
                return false;
            }
        }
        return true;
    }
}
