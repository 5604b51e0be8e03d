package org.recits.indicators.values.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.recits.indicators.values.internal.Fixtures.EPS;
import static org.recits.indicators.values.internal.Fixtures.ans;

import org.junit.jupiter.api.Test;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.indicator.Status;
import org.recits.api.model.Measure;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;

class SessionSatisfactionTest {

    private static final Period T1 = Period.parse("2020-T1");
    private final SessionSatisfaction indicator = new SessionSatisfaction();

    private final Dataset data = Dataset.builder()
            // metz: five respondents, one answer each: 3, 3, 4, 4, 4
            .add(ans("metz", "r1", "2020-01-10", Measure.SATISFACTION, 3.0))
            .add(ans("metz", "r2", "2020-01-10", Measure.SATISFACTION, 3.0))
            .add(ans("metz", "r3", "2020-02-10", Measure.SATISFACTION, 4.0))
            .add(ans("metz", "r4", "2020-02-10", Measure.SATISFACTION, 4.0))
            .add(ans("metz", "r5", "2020-03-31", Measure.SATISFACTION, 4.0))
            .add(ans("metz", "r6", "2020-04-01", Measure.SATISFACTION, 1.0))   // after T1
            .add(ans("metz", "r7", null, Measure.SATISFACTION, 1.0))           // undated: left out, noted
            .add(ans("metz", "r1", "2020-01-10", Measure.SATISFACTION, null))  // text answer: skipped
            .add(ans("metz", "r1", "2020-01-10", Measure.IMPACT, 1.0))         // another measure
            // lille: the same ids r1 and r2 are other people (ids are per collectivité)
            .add(ans("lille", "r1", "2020-03-01", Measure.SATISFACTION, 5.0))
            .add(ans("lille", "r2", "2020-03-01", Measure.SATISFACTION, 5.0))
            .build();

    @Test
    void meanWithStudentIntervalForOneCollectivite() {
        IndicatorValue v = indicator.compute(data, Scope.of("metz"), T1);
        // mean = (3 + 3 + 4 + 4 + 4) / 5 = 18 / 5 = 3.6 → orange (3.5 ≤ v < 4)
        assertThat(v.value()).isCloseTo(3.6, within(EPS));
        assertThat(v.numerator()).isEqualTo(18.0);
        assertThat(v.denominator()).isEqualTo(5.0);
        assertThat(v.population()).isEqualTo(5);
        assertThat(v.status()).isEqualTo(Status.ORANGE);
        // deviations −0.6, −0.6, 0.4, 0.4, 0.4 → Σ² = 0.36 + 0.36 + 3 × 0.16 = 1.2; s² = 1.2 / 4 = 0.3
        // se = √0.3 / √5 = 0.244949; t(0.975, 4) = 2.776 (table) → half = 0.67998 → [2.920, 4.280]
        assertThat(v.ciLow()).isCloseTo(3.6 - 2.776 * Math.sqrt(0.3 / 5), within(1e-3));
        assertThat(v.ciHigh()).isCloseTo(4.280, within(1e-3));
        assertThat(v.note().fr()).isEqualTo("1 réponse sans date écartée");
        assertThat(v.note().en()).isEqualTo("1 undated answer left out");
        // share of answers ≥ 4: 3 / 5
        assertThat(v.details()).singleElement().satisfies(d -> assertThat(d.value()).isEqualTo(0.6));
    }

    @Test
    void programmeIsTheMeanOfAllAnswersNotTheMeanOfMeans() {
        IndicatorValue v = indicator.compute(data, Scope.programme(), T1);
        // rows: 3, 3, 4, 4, 4, 5, 5 → 28 / 7 = 4.0 → green (≥ 4, edge included).
        // The mean of the two collectivités' means would be (3.6 + 5) / 2 = 4.3.
        assertThat(v.value()).isCloseTo(4.0, within(EPS));
        assertThat(v.status()).isEqualTo(Status.GREEN);
        // metz r1 and lille r1 are two people → 7 respondents
        assertThat(v.population()).isEqualTo(7);
        // deviations −1, −1, 0, 0, 0, 1, 1 → s² = 4 / 6; se = √(4/6 / 7) = 0.308607; t(0.975, 6) = 2.447
        // → half = 0.75516 → [3.2448, 4.7552]
        assertThat(v.ciLow()).isCloseTo(3.2448, within(1e-3));
        assertThat(v.ciHigh()).isCloseTo(4.7552, within(1e-3));
    }

    @Test
    void severalAnswersOfOneRespondentAreOneClusterOfTheInterval() {
        Dataset d = Dataset.builder()
                .add(ans("metz", "A", "2020-01-10", Measure.SATISFACTION, 3.0))
                .add(ans("metz", "A", "2020-01-10", Measure.SATISFACTION, 5.0))
                .add(ans("metz", "B", "2020-01-10", Measure.SATISFACTION, 4.0))
                .add(ans("metz", "C", "2020-01-10", Measure.SATISFACTION, 4.0))
                .add(ans("metz", "D", "2020-01-10", Measure.SATISFACTION, 3.0))
                .build();
        IndicatorValue v = indicator.compute(d, Scope.of("metz"), T1);
        // mean over answers = (3 + 5 + 4 + 4 + 3) / 5 = 19 / 5 = 3.8 (mean of respondents' means would be 3.75)
        assertThat(v.value()).isCloseTo(3.8, within(EPS));
        assertThat(v.population()).isEqualTo(4);
        // residuals e = Σy − 3.8·m: A 8 − 7.6 = 0.4; B 0.2; C 0.2; D −0.8 → s² = (0.16 + 0.04 + 0.04 + 0.64) / 3
        // = 0.293333; m̄ = 5 / 4 = 1.25; se = √(0.293333 / 4) / 1.25 = 0.216641; t(0.975, 3) = 3.182
        // → half = 0.68935 → [3.1106, 4.4894]
        assertThat(v.ciLow()).isCloseTo(3.1106, within(1e-3));
        assertThat(v.ciHigh()).isCloseTo(4.4894, within(1e-3));
    }

    @Test
    void answersWithoutRespondentIdEachCountAsOneRespondent() {
        Dataset d = Dataset.builder()
                .add(ans("metz", null, "2020-01-10", Measure.SATISFACTION, 4.0))
                .add(ans("metz", null, "2020-01-10", Measure.SATISFACTION, 2.0))
                .add(ans("metz", " ", "2020-01-10", Measure.SATISFACTION, 3.0))
                .build();
        IndicatorValue v = indicator.compute(d, Scope.of("metz"), T1);
        // (4 + 2 + 3) / 3 = 3 → red (< 3.5); three rows, three respondents
        assertThat(v.value()).isCloseTo(3.0, within(EPS));
        assertThat(v.population()).isEqualTo(3);
        assertThat(v.status()).isEqualTo(Status.RED);
    }

    @Test
    void oneRespondentGivesAValueWithoutInterval() {
        IndicatorValue v = indicator.compute(data, Scope.of("metz"), Period.parse("2020-04"));
        assertThat(v.value()).isEqualTo(1.0);
        assertThat(v.population()).isEqualTo(1);
        assertThat(v.ciLow()).isNull();
        assertThat(v.ciHigh()).isNull();
    }

    @Test
    void noAnswerInThePeriodIsNotComputable() {
        IndicatorValue v = indicator.compute(data, Scope.of("metz"), Period.parse("2019-T4"));
        assertThat(v.isComputable()).isFalse();
        assertThat(v.reason().fr()).isEqualTo("aucune réponse sur la satisfaction datée dans la période");
        assertThat(v.reason().en()).isEqualTo("no dated answer on satisfaction in the period");
        assertThat(v.status()).isEqualTo(Status.NONE);
    }

    @Test
    void intervalIsKeptWithinTheScale() {
        Dataset d = Dataset.builder()
                .add(ans("metz", "a", "2020-01-10", Measure.SATISFACTION, 5.0))
                .add(ans("metz", "b", "2020-01-10", Measure.SATISFACTION, 3.0))
                .build();
        IndicatorValue v = indicator.compute(d, Scope.of("metz"), T1);
        // mean 4, s = √2, se = 1, t(0.975, 1) = 12.706 → [−8.7, 16.7], kept within [1, 5]
        assertThat(v.ciLow()).isEqualTo(1.0);
        assertThat(v.ciHigh()).isEqualTo(5.0);
    }

    @Test
    void bandEdges() {
        assertThat(Bands.SATISFACTION.statusOf(4.0)).isEqualTo(Status.GREEN);
        assertThat(Bands.SATISFACTION.statusOf(3.999)).isEqualTo(Status.ORANGE);
        assertThat(Bands.SATISFACTION.statusOf(3.5)).isEqualTo(Status.ORANGE);
        assertThat(Bands.SATISFACTION.statusOf(3.499)).isEqualTo(Status.RED);
    }
}
