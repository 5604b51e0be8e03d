package org.recits.report.excel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.Aggregation;
import org.recits.api.indicator.Direction;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.indicator.TargetBand;
import org.recits.api.indicator.Temporality;
import org.recits.api.indicator.Unit;
import org.recits.api.indicator.ValueFamily;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Measure;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;
import org.recits.api.model.SourceRef;
import org.recits.api.model.SurveyAnswer;
import org.recits.api.report.IndicatorResult;
import org.recits.api.report.Observation;
import org.recits.api.report.Report;

/**
 * The answers a masked figure reads are in no records output (the answers' sheet, its monthly sums, the CSV
 * they are written from) and are counted: the engine's masks, read from the report, and nothing else.
 */
class MaskedAnswersTest {

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

    static Report report(Dataset data, IndicatorResult... results) {
        return new Report(P, List.of(T4), List.of(Scope.programme(), MUL, STR), Locale.FRENCH, P.end(),
                List.of(results), data, List.of(), List.of(), List.of(), 5);
    }

    static IndicatorResult result(IndicatorDefinition d, Scope s, Observation before, Observation now) {
        return new IndicatorResult(d, "test", s, now, List.of(before));
    }

    @Test
    void aFlowReadsItsPeriodOnlyAndACumulativeEverythingUpToItsEndAndTheUndated() {
        MaskedAnswers m = MaskedAnswers.of(report(Dataset.builder().build(),
                result(def("DEM", Temporality.FLOW_IN_PERIOD, Measure.DEMOCRATIE), STR, shown(T4), masked(P)),
                result(def("CAP", Temporality.UP_TO_PERIOD, Measure.CAPACITATION), MUL, masked(T4), shown(P))));
        assertThat(m.withheld("strasbourg", Measure.DEMOCRATIE, LocalDate.of(2020, 1, 1))).isTrue();
        assertThat(m.withheld("strasbourg", Measure.DEMOCRATIE, LocalDate.of(2020, 3, 31))).isTrue();
        assertThat(m.withheld("strasbourg", Measure.DEMOCRATIE, LocalDate.of(2019, 12, 31))).isFalse();
        assertThat(m.withheld("strasbourg", Measure.DEMOCRATIE, LocalDate.of(2020, 4, 1))).isFalse();
        assertThat(m.withheld("strasbourg", Measure.DEMOCRATIE, null)).isFalse(); // a flow leaves undated out
        assertThat(m.withheld("strasbourg", Measure.IMPACT, LocalDate.of(2020, 2, 1))).isFalse(); // not read
        assertThat(m.withheld("mulhouse", Measure.DEMOCRATIE, LocalDate.of(2020, 2, 1))).isFalse(); // shown
        // the cumulative figure masked in 2019-T4: everything up to its end, and the undated answers
        assertThat(m.withheld("mulhouse", Measure.CAPACITATION, LocalDate.of(2015, 6, 1))).isTrue();
        assertThat(m.withheld("mulhouse", Measure.CAPACITATION, LocalDate.of(2019, 12, 31))).isTrue();
        assertThat(m.withheld("mulhouse", Measure.CAPACITATION, null)).isTrue();
        assertThat(m.withheld("mulhouse", Measure.CAPACITATION, LocalDate.of(2020, 1, 1))).isFalse();
        assertThat(m.withheld("strasbourg", Measure.CAPACITATION, LocalDate.of(2019, 1, 1))).isFalse();
    }

    @Test
    void aComplementaryMaskAndTheProgrammesHideAnswersToo() {
        Observation protecting = masked(P).hiddenToProtectAnother();
        MaskedAnswers m = MaskedAnswers.of(report(Dataset.builder().build(),
                result(def("DEM", Temporality.FLOW_IN_PERIOD, Measure.DEMOCRATIE), MUL, shown(T4), protecting),
                result(def("IMP", Temporality.FLOW_IN_PERIOD, Measure.IMPACT), Scope.programme(), masked(T4),
                        shown(P))));
        assertThat(m.withheld("mulhouse", Measure.DEMOCRATIE, LocalDate.of(2020, 2, 1))).isTrue();
        assertThat(m.withheld("colmar", Measure.IMPACT, LocalDate.of(2019, 11, 1))).isTrue(); // every one
        assertThat(m.withheld("colmar", Measure.IMPACT, LocalDate.of(2020, 2, 1))).isFalse();
    }

    @Test
    void anIndicatorThatReadsNoAnswerHidesNone() {
        MaskedAnswers m = MaskedAnswers.of(report(Dataset.builder().build(),
                result(def("PART", Temporality.FLOW_IN_PERIOD), STR, masked(T4), masked(P))));
        assertThat(m.isEmpty()).isTrue();
        assertThat(m.withheld("strasbourg", Measure.DEMOCRATIE, LocalDate.of(2020, 2, 1))).isFalse();
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
}
