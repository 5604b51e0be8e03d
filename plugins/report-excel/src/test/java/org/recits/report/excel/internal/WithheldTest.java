package org.recits.report.excel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recits.report.excel.internal.Withheld.Reason.MASKED;
import static org.recits.report.excel.internal.Withheld.Reason.OUTSIDE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.ActivityRecord;
import org.recits.api.indicator.Aggregation;
import org.recits.api.indicator.Direction;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.indicator.TargetBand;
import org.recits.api.indicator.Temporality;
import org.recits.api.indicator.Unit;
import org.recits.api.indicator.ValueFamily;
import org.recits.api.model.Attendance;
import org.recits.api.model.GroupWeather;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Measure;
import org.recits.api.model.Participant;
import org.recits.api.model.Period;
import org.recits.api.model.Role;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;
import org.recits.api.model.SessionType;
import org.recits.api.model.SourceRef;
import org.recits.api.model.SurveyAnswer;
import org.recits.api.report.IndicatorResult;
import org.recits.api.report.Observation;
import org.recits.api.report.Report;

/**
 * The answers and activity rows a masked figure reads, and those dated outside the report's periods, are in no
 * records output (the data sheets, the answers' monthly sums, the CSV they are written from) and are counted:
 * the engine's masks, read from the report, and the report's periods, nothing else.
 */
class WithheldTest {

    static final Period T4 = Period.quarter(2019, 4);
    static final Period P = Period.quarter(2020, 1);
    static final Scope MUL = Scope.of("mulhouse");
    static final Scope STR = Scope.of("strasbourg");

    static IndicatorDefinition def(String code, Temporality t, Measure... read) {
        LocalizedText x = LocalizedText.of(code);
        return new IndicatorDefinition(code, x, x, x, Unit.SCORE, Direction.HIGHER_IS_BETTER, ValueFamily.DEMOCRATIE,
                t, Aggregation.MEAN, TargetBand.NONE, "test").withAnswersRead(read);
    }

    static Observation shown(Period p) {
        return new Observation(p, IndicatorValue.of(4, TargetBand.NONE).withPopulation(9), false);
    }

    static Observation masked(Period p) {
        return new Observation(p, IndicatorValue.of(4, TargetBand.NONE).withPopulation(2), true);
    }

    /** Threshold 1: no group is too small, only the masks (and the periods) leave rows out. */
    static Report report(Dataset data, IndicatorResult... results) {
        return report(data, 1, results);
    }

    static Report report(Dataset data, int threshold, IndicatorResult... results) {
        return new Report(P, List.of(T4), List.of(Scope.programme(), MUL, STR), Locale.FRENCH, P.end(),
                List.of(results), data, List.of(), List.of(), List.of(), threshold);
    }

    static IndicatorResult result(IndicatorDefinition d, Scope s, Observation before, Observation now) {
        return new IndicatorResult(d, "test", s, now, List.of(before));
    }

    @Test
    void aFlowReadsItsPeriodOnlyAndACumulativeEverythingUpToItsEndAndTheUndated() {
        Withheld m = Withheld.of(report(Dataset.builder().build(),
                result(def("DEM", Temporality.FLOW_IN_PERIOD, Measure.DEMOCRATIE), STR, shown(T4), masked(P)),
                result(def("CAP", Temporality.UP_TO_PERIOD, Measure.CAPACITATION), MUL, masked(T4), shown(P))));
        assertThat(m.answer("strasbourg", Measure.DEMOCRATIE, LocalDate.of(2020, 1, 1))).isEqualTo(MASKED);
        assertThat(m.answer("strasbourg", Measure.DEMOCRATIE, LocalDate.of(2020, 3, 31))).isEqualTo(MASKED);
        assertThat(m.answer("strasbourg", Measure.DEMOCRATIE, LocalDate.of(2019, 12, 31))).isNotEqualTo(MASKED);
        assertThat(m.answer("strasbourg", Measure.DEMOCRATIE, LocalDate.of(2020, 4, 1))).isNotEqualTo(MASKED);
        assertThat(m.answer("strasbourg", Measure.DEMOCRATIE, null)).isNotEqualTo(MASKED); // a flow leaves undated out
        assertThat(m.answer("strasbourg", Measure.IMPACT, LocalDate.of(2020, 2, 1))).isNotEqualTo(MASKED); // not read
        assertThat(m.answer("mulhouse", Measure.DEMOCRATIE, LocalDate.of(2020, 2, 1))).isNotEqualTo(MASKED); // shown
        // the cumulative figure masked in 2019-T4: everything up to its end, and the undated answers
        assertThat(m.answer("mulhouse", Measure.CAPACITATION, LocalDate.of(2019, 10, 1))).isEqualTo(MASKED);
        assertThat(m.answer("mulhouse", Measure.CAPACITATION, LocalDate.of(2019, 12, 31))).isEqualTo(MASKED);
        assertThat(m.answer("mulhouse", Measure.CAPACITATION, null)).isEqualTo(MASKED);
        assertThat(m.answer("mulhouse", Measure.CAPACITATION, LocalDate.of(2020, 1, 1))).isNotEqualTo(MASKED);
        assertThat(m.answer("strasbourg", Measure.CAPACITATION, LocalDate.of(2019, 1, 1))).isNotEqualTo(MASKED);
    }

    @Test
    void aComplementaryMaskAndTheProgrammesHideAnswersToo() {
        Observation protecting = masked(P).hiddenToProtectAnother();
        Withheld m = Withheld.of(report(Dataset.builder().build(),
                result(def("DEM", Temporality.FLOW_IN_PERIOD, Measure.DEMOCRATIE), MUL, shown(T4), protecting),
                result(def("IMP", Temporality.FLOW_IN_PERIOD, Measure.IMPACT), Scope.programme(), masked(T4),
                        shown(P))));
        assertThat(m.answer("mulhouse", Measure.DEMOCRATIE, LocalDate.of(2020, 2, 1))).isEqualTo(MASKED);
        assertThat(m.answer("colmar", Measure.IMPACT, LocalDate.of(2019, 11, 1))).isEqualTo(MASKED); // every one
        assertThat(m.answer("colmar", Measure.IMPACT, LocalDate.of(2020, 2, 1))).isNotEqualTo(MASKED);
    }

    @Test
    void anIndicatorThatReadsNoAnswerHidesNone() {
        Withheld m = Withheld.of(report(Dataset.builder().build(),
                result(def("PART", Temporality.FLOW_IN_PERIOD), STR, masked(T4), masked(P))));
        assertThat(m.answer("strasbourg", Measure.DEMOCRATIE, LocalDate.of(2020, 2, 1))).isNotEqualTo(MASKED);
    }

    static IndicatorDefinition activity(String code, Temporality t, ActivityRecord... read) {
        return def(code, t).withActivityRead(read);
    }

    @Test
    void aMaskedActivityFigureHidesTheRowsOfTheKindsItReads() {
        Withheld m = Withheld.of(report(Dataset.builder().build(),
                result(activity("QUAL_GROUP_WEATHER", Temporality.FLOW_IN_PERIOD, ActivityRecord.WEATHER), STR,
                        shown(T4), masked(P)),
                result(activity("PART_RETENTION_RATE", Temporality.UP_TO_PERIOD, ActivityRecord.PARTICIPANTS), MUL,
                        shown(T4), masked(P))));
        LocalDate february = LocalDate.of(2020, 2, 1);
        assertThat(m.sessionRow(ActivityRecord.WEATHER, "strasbourg", february)).isEqualTo(MASKED);
        assertThat(m.sessionRow(ActivityRecord.WEATHER, "strasbourg", LocalDate.of(2019, 11, 5))).isNull();
        assertThat(m.sessionRow(ActivityRecord.WEATHER, "strasbourg", null)).isNull(); // a flow
        assertThat(m.sessionRow(ActivityRecord.ATTENDANCE, "strasbourg", february)).isNull(); // not read
        assertThat(m.sessionRow(ActivityRecord.WEATHER, "mulhouse", february)).isNull();
        // a participant is read while in the programme: entered by the end, not gone before the window
        assertThat(m.participant("mulhouse", LocalDate.of(2018, 5, 1), null)).isEqualTo(MASKED);
        assertThat(m.participant("mulhouse", null, LocalDate.of(2019, 1, 1))).isEqualTo(MASKED); // cumulative
        assertThat(m.participant("mulhouse", LocalDate.of(2020, 3, 31), null)).isEqualTo(MASKED);
        assertThat(m.participant("strasbourg", LocalDate.of(2018, 5, 1), null)).isNull();
    }

    @Test
    void aParticipantOfAFlowFigureIsReadWhenTheirTimeMeetsThePeriod() {
        Withheld m = Withheld.of(report(Dataset.builder().build(),
                result(activity("PART_ATTENDANCE_RATE", Temporality.FLOW_IN_PERIOD, ActivityRecord.PARTICIPANTS,
                        ActivityRecord.ATTENDANCE), Scope.programme(), shown(T4), masked(P))));
        assertThat(m.participant("colmar", LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31))).isNull(); // gone
        assertThat(m.participant("colmar", LocalDate.of(2019, 1, 1), LocalDate.of(2020, 1, 1))).isEqualTo(MASKED);
        assertThat(m.participant("colmar", null, null)).isEqualTo(MASKED);
        assertThat(m.sessionRow(ActivityRecord.ATTENDANCE, "colmar", LocalDate.of(2020, 3, 2))).isEqualTo(MASKED);
        assertThat(m.sessionRow(ActivityRecord.ATTENDANCE, "colmar", LocalDate.of(2019, 12, 2))).isNull();
    }

    /** No figure of the report reads a record of another time, so no mask looked at its group. */
    @Test
    void recordsDatedOutsideTheReportsPeriodsAreLeftOutAndTheUndatedStay() {
        Withheld m = Withheld.of(report(Dataset.builder().build()));
        for (LocalDate outside : new LocalDate[] {LocalDate.of(2019, 9, 30), LocalDate.of(2020, 4, 1),
            LocalDate.of(2021, 2, 1)}) {
            assertThat(m.answer("strasbourg", Measure.DEMOCRATIE, outside)).as("%s", outside).isEqualTo(OUTSIDE);
            assertThat(m.sessionRow(ActivityRecord.WEATHER, "strasbourg", outside)).isEqualTo(OUTSIDE);
            assertThat(m.sessionRow(ActivityRecord.ATTENDANCE, "strasbourg", outside)).isEqualTo(OUTSIDE);
        }
        for (LocalDate inside : new LocalDate[] {T4.start(), LocalDate.of(2019, 12, 31), P.end(), null}) {
            assertThat(m.answer("strasbourg", Measure.DEMOCRATIE, inside)).as("%s", inside).isNull();
            assertThat(m.sessionRow(ActivityRecord.ATTENDANCE, "strasbourg", inside)).isNull();
        }
        // a participant who joined after the report's end is not yet in the programme it tells of
        assertThat(m.participant("strasbourg", LocalDate.of(2020, 4, 1), null)).isEqualTo(OUTSIDE);
        assertThat(m.participant("strasbourg", LocalDate.of(2017, 4, 1), null)).isNull();
        assertThat(m.participant("strasbourg", null, null)).isNull();
    }

    /** Trend periods a year apart leave gaps: a day in one is outside. */
    @Test
    void aDayBetweenTrendPeriodsIsOutside() {
        Period lastYear = Period.quarter(2019, 1);
        Withheld m = Withheld.of(new Report(P, List.of(lastYear), List.of(Scope.programme()), Locale.FRENCH, P.end(),
                List.of(), Dataset.builder().build(), List.of(), List.of(), List.of(), 5));
        assertThat(m.answer("strasbourg", Measure.DEMOCRATIE, LocalDate.of(2019, 2, 1))).isNull();
        assertThat(m.answer("strasbourg", Measure.DEMOCRATIE, LocalDate.of(2019, 6, 1))).isEqualTo(OUTSIDE);
        assertThat(m.answer("strasbourg", Measure.DEMOCRATIE, LocalDate.of(2020, 2, 1))).isNull();
    }

    /**
     * Strasbourg's weather masked in 2020-T1, Mulhouse's attendance rate in 2019-T4: the meteo, presences and
     * participants tables leave those rows out, and those of sessions outside the periods, and count them.
     */
    @Test
    void theActivityTablesLeaveOutWhatAMaskedFigureReadsAndWhatLiesOutsideThePeriods() {
        Dataset.Builder b = Dataset.builder();
        SourceRef src = new SourceRef("x.csv", 2);
        String[][] sessions = {{"S1", "2019-11-04"}, {"S2", "2020-02-03"}, {"S3", "2020-05-04"}};
        for (String c : List.of("mulhouse", "strasbourg")) {
            for (String[] s : sessions) {
                b.add(new Session(c, s[0], LocalDate.parse(s[1]), 1, SessionType.SESSION, null, List.of(), false,
                        Map.of(), src));
                for (String who : List.of("a1", "a2")) {
                    b.add(new Attendance(c, s[0], c + "-" + who, 1.0, Map.of(), src));
                    b.add(new GroupWeather(c, s[0], 4, c + "-" + who, null, Map.of(), src));
                }
            }
            b.add(new Participant(c, c + "-a1", Role.AMBASSADEUR, null, null, LocalDate.of(2019, 1, 1), null,
                    Map.of(), src));
            b.add(new Participant(c, c + "-a2", Role.AMBASSADEUR, null, null, LocalDate.of(2020, 6, 1), null,
                    Map.of(), src));
        }
        RecordTables records = RecordTables.of(report(b.build(),
                result(activity("QUAL_GROUP_WEATHER", Temporality.FLOW_IN_PERIOD, ActivityRecord.WEATHER), STR,
                        shown(T4), masked(P)),
                result(activity("PART_ATTENDANCE_RATE", Temporality.FLOW_IN_PERIOD, ActivityRecord.PARTICIPANTS,
                        ActivityRecord.ATTENDANCE), MUL, masked(T4), shown(P))));
        Map<String, List<List<Object>>> tables = new HashMap<>();
        for (RecordTable<?> t : records.tables()) {
            List<List<Object>> rows = new ArrayList<>();
            t.forEachRow(0, Long.MAX_VALUE, cells -> rows.add(Arrays.asList(cells.clone())));
            tables.put(t.key(), rows);
        }
        // collectivité, session, date, participant…: S3 (2020-05) lies after the report, S1 is Mulhouse's masked
        // attendance, S2 Strasbourg's masked weather
        assertThat(tables.get("presences")).extracting(r -> r.get(0) + " " + r.get(1))
                .containsExactly("mulhouse S2", "mulhouse S2", "strasbourg S1", "strasbourg S1", "strasbourg S2",
                        "strasbourg S2");
        assertThat(tables.get("meteo")).extracting(r -> r.get(0) + " " + r.get(1))
                .containsExactly("mulhouse S1", "mulhouse S1", "mulhouse S2", "mulhouse S2", "strasbourg S1",
                        "strasbourg S1");
        // Mulhouse's first ambassador was there in 2019-T4; each second one joined after the report's end
        assertThat(tables.get("participants")).extracting(r -> r.get(1)).containsExactly("strasbourg-a1");
        RecordTables.Excluded left = records.excluded();
        assertThat(left.maskedActivity()).isEqualTo(2 + 2 + 1);
        assertThat(left.outsideActivity()).isEqualTo(4 + 4 + 2);
    }

    /** Strasbourg's democracy score masked in 2020-T1: none of its answers behind it in either table. */
    @Test
    void theAnswersTablesLeaveOutWhatAMaskedFigureReadsAndCountIt() {
        for (int size : new int[] {600, RecordTables.DETAILED_ANSWERS_MAX + 1}) {
            Dataset data = answers(new Random(5), size);
            Report report = report(data,
                    result(def("DEM", Temporality.FLOW_IN_PERIOD, Measure.DEMOCRATIE), STR, shown(T4), masked(P)));
            RecordTables records = RecordTables.of(report);
            List<RecordTable<?>> tables = records.tables();
            RecordTable<?> table = tables.get(tables.size() - 1);
            long expected = data.surveyAnswers(Scope.programme()).stream().filter(a -> a.score() != null
                    && a.collectivite().equals("strasbourg") && a.measure() == Measure.DEMOCRATIE
                    && a.date() != null && P.contains(a.date())).count();
            assertThat(expected).isPositive();
            assertThat(records.excluded().maskedAnswers()).isEqualTo(expected);
            List<List<Object>> rows = new ArrayList<>();
            table.forEachRow(0, Long.MAX_VALUE, cells -> rows.add(Arrays.asList(cells.clone())));
            // the detailed table has a date column, the monthly one a month column: either places the row
            boolean monthly = table.key().equals("reponses-mois");
            int measure = monthly ? 3 : 8;
            int when = monthly ? 6 : 5;
            assertThat(rows).filteredOn(r -> r.get(0).equals("strasbourg") && r.get(measure).equals("democratie")
                    && inP(r.get(when))).isEmpty();
            // the others stay: Strasbourg's other measures, and Mulhouse's democracy
            assertThat(rows).anyMatch(r -> r.get(0).equals("mulhouse") && r.get(measure).equals("democratie")
                    && inP(r.get(when)));
            assertThat(rows).anyMatch(r -> r.get(0).equals("strasbourg") && r.get(measure).equals("qualite")
                    && inP(r.get(when)));
        }
    }

    private static boolean inP(Object when) {
        if (when instanceof LocalDate d) {
            return P.contains(d);
        }
        return when instanceof String month && month.startsWith("2020-0") && month.compareTo("2020-03") <= 0;
    }

    /** Answers of two collectivités, two measures, dates in and around 2020-T1. */
    static Dataset answers(Random rnd, int size) {
        Dataset.Builder b = Dataset.builder();
        String[] collectivites = {"mulhouse", "strasbourg"};
        LocalDate[] dates = {LocalDate.of(2020, 1, 3), LocalDate.of(2020, 3, 31), LocalDate.of(2019, 12, 31),
            LocalDate.of(2020, 4, 1), null};
        Measure[] measures = {Measure.DEMOCRATIE, Measure.QUALITE};
        for (int n = 0; n < size; n++) {
            Double score = rnd.nextInt(10) == 0 ? null : (double) (1 + rnd.nextInt(5));
            b.add(new SurveyAnswer(collectivites[rnd.nextInt(2)], "barometre", "r" + rnd.nextInt(50),
                    dates[rnd.nextInt(dates.length)], null, "agent", "q" + rnd.nextInt(3),
                    measures[rnd.nextInt(2)], score, score == null ? "texte" : String.valueOf(score),
                    new SourceRef("enquetes/a.csv", n + 2)));
        }
        return b.build();
    }

    /**
     * No figure reads Mulhouse's answers or masks anything (the qualite delta n/d everywhere, as in the demo):
     * its one respondent's answers in 2020-T1 and its undated ones are still left out at threshold 3, as are
     * the presences, weather and participants of a quarter naming two people; Strasbourg's three respondents
     * and three participants are published.
     */
    @Test
    void aSmallGroupsRowsAreLeftOutWhateverItsFigure() {
        Dataset.Builder b = Dataset.builder();
        SourceRef src = new SourceRef("x.csv", 2);
        for (String who : List.of("r1", "r2", "r3")) {
            b.add(new SurveyAnswer("strasbourg", "s", who, LocalDate.of(2020, 2, 1), null, null, "q",
                    Measure.QUALITE, 4.0, "4", src));
        }
        b.add(new SurveyAnswer("mulhouse", "s", "r9", LocalDate.of(2020, 2, 1), null, null, "q", Measure.QUALITE,
                4.0, "4", src));
        b.add(new SurveyAnswer("mulhouse", "s", "r9", LocalDate.of(2020, 2, 2), null, null, "q2", Measure.QUALITE,
                2.0, "2", src));
        b.add(new SurveyAnswer("mulhouse", "s", "r8", null, null, null, "q", Measure.QUALITE, 3.0, "3", src));
        for (String c : List.of("mulhouse", "strasbourg")) {
            b.add(new Session(c, "S1", LocalDate.of(2020, 2, 3), 1, SessionType.SESSION, null, List.of(), false,
                    Map.of(), src));
            List<String> people = c.equals("mulhouse") ? List.of("a1", "a2") : List.of("a1", "a2", "a3");
            for (String who : people) {
                b.add(new Attendance(c, "S1", c + "-" + who, 1.0, Map.of(), src));
                b.add(new GroupWeather(c, "S1", 4, c + "-" + who, null, Map.of(), src));
                b.add(new Participant(c, c + "-" + who, Role.AMBASSADEUR, null, null, LocalDate.of(2020, 1, 1), null,
                        Map.of(), src));
            }
        }
        Dataset data = b.build();
        RecordTables records = RecordTables.of(report(data, 3,
                result(def("QUAL_SERVICE_EXPERIENCE_DELTA", Temporality.UP_TO_PERIOD, Measure.QUALITE), MUL,
                        new Observation(T4, IndicatorValue.notComputable(LocalizedText.of("n/d"), TargetBand.NONE),
                                false),
                        new Observation(P, IndicatorValue.notComputable(LocalizedText.of("n/d"), TargetBand.NONE),
                                false))));
        Map<String, List<List<Object>>> tables = new HashMap<>();
        for (RecordTable<?> t : records.tables()) {
            List<List<Object>> rows = new ArrayList<>();
            t.forEachRow(0, Long.MAX_VALUE, cells -> rows.add(Arrays.asList(cells.clone())));
            tables.put(t.key(), rows);
        }
        assertThat(tables.get("reponses")).extracting(r -> r.get(0)).containsExactly("strasbourg", "strasbourg",
                "strasbourg");
        for (String kind : List.of("presences", "meteo", "participants")) {
            assertThat(tables.get(kind)).as(kind).extracting(r -> r.get(0)).containsOnly("strasbourg").hasSize(3);
        }
        RecordTables.Excluded left = records.excluded();
        assertThat(left.maskedAnswers()).isEqualTo(3);
        assertThat(left.maskedActivity()).isEqualTo(2 + 2 + 2);
        // at threshold 1 every row is published
        RecordTables all = RecordTables.of(report(data, 1));
        assertThat(all.excluded().maskedAnswers()).isZero();
        assertThat(all.excluded().maskedActivity()).isZero();
    }
}
