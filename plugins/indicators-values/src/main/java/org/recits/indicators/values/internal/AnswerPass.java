package org.recits.indicators.values.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.recits.api.data.Dataset;
import org.recits.api.data.SurveyAnswerCursor;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.model.Measure;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;

/**
 * One walk over the survey answers for every (scope, period) an indicator is asked for.
 *
 * <p>Answers are accumulated per collectivité ({@link Group}); a collectivité's value is built from its
 * group, the programme's from every group in the order of {@link Dataset#collectiviteIds()}, which is the
 * order the programme was walked in when each scope had its own walk: respondents then come in the same
 * order, so sums come out bit for bit the same. Respondents are keyed by collectivité, so no respondent
 * spans two groups.
 */
final class AnswerPass {

    private AnswerPass() {
    }

    /** What to do with one answer of a group's collectivité. */
    interface Visitor<G> {
        void visit(SurveyAnswerCursor answer, G group);
    }

    /**
     * Walks the answers the scopes need: the programme's once when it is among them (every collectivité
     * gets a group), else each requested collectivité's. Collectivités without answers get no group.
     *
     * @param measure only answers to this measure are visited; null for all
     * @return the groups by collectivité
     */
    static <G> Map<String, G> walk(Dataset data, List<Scope> scopes, Measure measure, Function<String, G> newGroup,
            Visitor<G> visitor) {
        Map<String, G> groups = new HashMap<>();
        boolean programme = scopes.stream().anyMatch(Scope::isProgramme);
        if (programme) {
            walk(data.surveyAnswerCursor(Scope.programme()), groups, measure, newGroup, visitor);
        } else {
            Set<String> wanted = new LinkedHashSet<>();
            scopes.forEach(s -> wanted.add(s.collectivite()));
            for (String c : wanted) {
                walk(data.surveyAnswerCursor(Scope.of(c)), groups, measure, newGroup, visitor);
            }
        }
        return groups;
    }

    private static <G> void walk(SurveyAnswerCursor cursor, Map<String, G> groups, Measure measure,
            Function<String, G> newGroup, Visitor<G> visitor) {
        String last = null;
        G group = null;
        while (cursor.next()) {
            if (measure != null && cursor.measure() != measure) {
                continue;
            }
            String c = cursor.collectivite();
            if (c != last) { // shared instances: identity almost always decides
                last = c;
                group = groups.computeIfAbsent(c, newGroup);
            }
            visitor.visit(cursor, group);
        }
    }

    /**
     * The groups a scope's value is built from: its collectivité's (none when absent from the data), or
     * every collectivité's in {@link Dataset#collectiviteIds()} order for the programme.
     */
    static <G> List<G> groupsOf(Dataset data, Scope scope, Map<String, G> groups) {
        List<G> out = new ArrayList<>();
        if (scope.isProgramme()) {
            for (String id : data.collectiviteIds()) {
                G g = groups.get(id);
                if (g != null) {
                    out.add(g);
                }
            }
        } else {
            G g = groups.get(scope.collectivite());
            if (g != null) {
                out.add(g);
            }
        }
        return out;
    }

    /** The value of one scope in one period, from the groups the scope is built from. */
    interface Valuer<G> {
        IndicatorValue value(int scope, List<G> groups, int period);
    }

    /**
     * The values of every scope (outer list, request order) in every period (inner list): each scope's
     * groups ({@link #groupsOf}) are handed to {@code valuer} once per period.
     */
    static <G> List<List<IndicatorValue>> values(Dataset data, List<Scope> scopes, int periods, Map<String, G> groups,
            Valuer<G> valuer) {
        List<List<IndicatorValue>> values = new ArrayList<>(scopes.size());
        for (int s = 0; s < scopes.size(); s++) {
            List<G> of = groupsOf(data, scopes.get(s), groups);
            List<IndicatorValue> row = new ArrayList<>(periods);
            for (int p = 0; p < periods; p++) {
                row.add(valuer.value(s, of, p));
            }
            values.add(row);
        }
        return values;
    }

    /**
     * Which of the requested periods a day falls in, as epoch-day bounds. The answers of one response
     * share one {@link LocalDate} instance, so the last day's result is kept and reused by identity.
     */
    static final class Periods {
        private final long[] start;
        private final long[] end;
        private final boolean upTo;
        /** Every period's index, for undated answers of up-to-P indicators. */
        final int[] all;
        /** The periods of the last day asked, in request order; {@link #count} of them. */
        final int[] hits;
        int count;
        private LocalDate last;

        /**
         * @param upTo true for "dated on or before the end" (up-to-P indicators), false for "in P"
         */
        Periods(List<Period> periods, boolean upTo) {
            int n = periods.size();
            start = new long[n];
            end = new long[n];
            all = new int[n];
            hits = new int[n];
            for (int i = 0; i < n; i++) {
                start[i] = periods.get(i).start().toEpochDay();
                end[i] = periods.get(i).end().toEpochDay();
                all[i] = i;
            }
            this.upTo = upTo;
        }

        int size() {
            return all.length;
        }

        /** Fills {@link #hits} with the periods {@code day} falls in and returns how many. */
        int of(LocalDate day) {
            if (day == last) {
                return count;
            }
            long d = day.toEpochDay();
            int k = 0;
            for (int i = 0; i < all.length; i++) {
                if (d <= end[i] && (upTo || d >= start[i])) {
                    hits[k++] = i;
                }
            }
            last = day;
            count = k;
            return k;
        }
    }

    /**
     * One collectivité's respondents. A respondent id is taken to identify a person within a collectivité
     * across questionnaires (that is what lets a wave « avant » be paired with a wave « après » exported to
     * two files); an answer without id is its own respondent. Per period, each respondent's sums
     * ({@code slots} numbers) in the order respondents were first met in that period — the order a walk for
     * that period alone would have put them in — kept flat ({@link Sums}) rather than an array per respondent.
     */
    static class Group {
        private final RespondentIds ids = new RespondentIds();
        private final int periods;
        /** Per period, its respondents' sums. */
        private final Sums[] sums;
        /** Per respondent number and period ({@code number * periods + p}): its row in that period plus one, 0 for none. */
        private int[] rows = new int[0];

        Group(int periods, int slots) {
            this.periods = periods;
            sums = new Sums[periods];
            for (int i = 0; i < periods; i++) {
                sums[i] = new Sums(slots);
            }
        }

        /** The respondents of every group in period {@code p}, group after group, each in its order. */
        static List<Sums> respondents(List<? extends Group> groups, int p) {
            List<Sums> all = new ArrayList<>(groups.size());
            for (Group g : groups) {
                all.add(g.sums[p]);
            }
            return all;
        }

        /** The number of the respondent of an answer, {@link RespondentIds#NONE} for an answer without id. */
        final int respondent(String raw) {
            return ids.number(raw);
        }

        /**
         * Where the sums of respondent {@code number} in period {@code p} start in {@link #values values(p)}: a row
         * made (of zeros) and put in the period's order on first use; a new row every time without id.
         */
        final int at(int number, int p) {
            if (number == RespondentIds.NONE) {
                return sums[p].add();
            }
            int key = number * periods + p;
            if (key >= rows.length) {
                rows = Arrays.copyOf(rows, Math.max(key + 1, rows.length + (rows.length >> 1)));
            }
            int row = rows[key];
            if (row == 0) {
                int at = sums[p].add();
                rows[key] = at / sums[p].slots + 1;
                return at;
            }
            return (row - 1) * sums[p].slots;
        }

        /** The sums of period {@code p}, read after {@link #at}, which may have moved them. */
        final double[] values(int p) {
            return sums[p].values;
        }
    }

    /** One period's respondents of a group: {@link #rows} rows of {@link #slots} numbers each, in order. */
    static final class Sums {
        final int slots;
        double[] values = new double[0];
        int rows;

        Sums(int slots) {
            this.slots = slots;
        }

        /** A new row of zeros at the end; where it starts. */
        int add() {
            int at = rows * slots;
            if (at + slots > values.length) {
                values = Arrays.copyOf(values, Math.max(at + slots, values.length + (values.length >> 1)));
            }
            rows++;
            return at;
        }

        /** Slot {@code slot} of row {@code row}. */
        double get(int row, int slot) {
            return values[row * slots + slot];
        }
    }
}
