package org.recits.indicators.values.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.recits.indicators.values.internal.Fixtures.EPS;
import static org.recits.indicators.values.internal.Fixtures.wave;
import static org.recits.api.model.Measure.CAPACITATION;
import static org.recits.api.model.Wave.APRES;
import static org.recits.api.model.Wave.AVANT;

import org.junit.jupiter.api.Test;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.Detail;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.indicator.Status;
import org.recits.api.model.Measure;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;

class SkillsGainTest {

    private static final Period T1 = Period.parse("2020-T1");
    private final SkillsGain indicator = new SkillsGain();

    private final Dataset data = Dataset.builder()
            // metz: ids in both waves (two exports) → paired
            .add(wave("metz", "a", "2019-06-01", AVANT, CAPACITATION, 2))
            .add(wave("metz", "a", "2019-06-01", AVANT, CAPACITATION, 3))   // a before: 2.5
            .add(wave("metz", "a", "2020-03-01", APRES, CAPACITATION, 4))   // a after: 4 → +1.5
            .add(wave("metz", "b", "2019-06-01", AVANT, CAPACITATION, 3))
            .add(wave("metz", "b", "2020-03-01", APRES, CAPACITATION, 3))
            .add(wave("metz", "b", "2020-03-01", APRES, CAPACITATION, 4))   // b: 3 → 3.5, +0.5
            .add(wave("metz", "c", "2019-06-01", AVANT, CAPACITATION, 2))
            .add(wave("metz", "c", "2020-03-01", APRES, CAPACITATION, 3))   // c: +1
            .add(wave("metz", "d", "2019-06-01", AVANT, CAPACITATION, 4))
            .add(wave("metz", "d", "2020-03-01", APRES, CAPACITATION, 4))   // d: 0
            .add(wave("metz", "e", "2019-06-01", AVANT, CAPACITATION, 3))
            .add(wave("metz", "e", null, APRES, CAPACITATION, 4))           // e: +1 (undated: counted)
            .add(wave("metz", "f", "2019-06-01", AVANT, CAPACITATION, 1))   // f: before only → left out
            .add(wave("metz", null, "2020-03-01", APRES, CAPACITATION, 5))  // no id → left out
            .add(wave("metz", "g", "2019-06-01", AVANT, CAPACITATION, 1))   // g: after is after P → before only
            .add(wave("metz", "g", "2020-04-02", APRES, CAPACITATION, 5))
            .add(wave("metz", "a", "2020-03-01", null, CAPACITATION, 1))    // no wave → left out, noted
            .add(wave("metz", "a", "2020-03-01", APRES, Measure.QUALITE, 1)) // another measure
            // lille: anonymous exports → unpaired
            .add(wave("lille", null, "2019-09-01", AVANT, CAPACITATION, 2))
            .add(wave("lille", null, "2019-09-01", AVANT, CAPACITATION, 3))
            .add(wave("lille", null, "2019-09-01", AVANT, CAPACITATION, 3))
            .add(wave("lille", null, "2020-02-01", APRES, CAPACITATION, 3))
            .add(wave("lille", null, "2020-02-01", APRES, CAPACITATION, 4))
            .add(wave("lille", null, "2020-02-01", APRES, CAPACITATION, 4))
            .add(wave("lille", null, "2020-02-01", APRES, CAPACITATION, 5))
            .build();

    private static double detail(IndicatorValue v, String key) {
        return v.details().stream().filter(d -> d.key().equals(key)).mapToDouble(Detail::value).findFirst()
                .orElseThrow();
    }

    @Test
    void pairedOnRespondentsPresentInBothWaves() {
        IndicatorValue v = indicator.compute(data, Scope.of("metz"), T1);
        // differences a 4 − 2.5 = 1.5, b 3.5 − 3 = 0.5, c 1, d 0, e 1 → Σ = 4, mean 0.8 → green (≥ 0.5)
        assertThat(v.value()).isCloseTo(0.8, within(EPS));
        assertThat(v.numerator()).isCloseTo(4.0, within(EPS));
        assertThat(v.denominator()).isEqualTo(5.0);
        assertThat(v.population()).isEqualTo(5);
        assertThat(v.status()).isEqualTo(Status.GREEN);
        // deviations 0.7, −0.3, 0.2, −0.8, 0.2 → Σ² = 0.49 + 0.09 + 0.04 + 0.64 + 0.04 = 1.3; s² = 0.325
        // se = √(0.325 / 5) = 0.254951; t(0.975, 4) = 2.776 → half = 0.70775 → [0.0923, 1.5077]
        assertThat(v.ciLow()).isCloseTo(0.0923, within(1e-3));
        assertThat(v.ciHigh()).isCloseTo(1.5077, within(1e-3));
        // respondents' means: before (2.5 + 3 + 2 + 4 + 3) / 5 = 2.9; after (4 + 3.5 + 3 + 4 + 4) / 5 = 3.7
        assertThat(detail(v, "mean_before")).isCloseTo(2.9, within(EPS));
        assertThat(detail(v, "mean_after")).isCloseTo(3.7, within(EPS));
        // left out: f's 1 answer, the anonymous one, g's before answer = 3; plus 1 answer without wave
        assertThat(v.note().fr()).isEqualTo("apparié sur 5 répondants présents aux deux vagues\u202f; "
                + "3 réponses de répondants sans paire (une seule vague ou sans identifiant) écartées\u202f; "
                + "1 réponse sans vague écartée");
        assertThat(v.note().en()).startsWith("paired on 5 respondents present in both waves; 3 answers");
    }

    @Test
    void unpairedWithWelchIntervalWhenNoIdIsCommon() {
        IndicatorValue v = indicator.compute(data, Scope.of("lille"), T1);
        // before: (2 + 3 + 3) / 3 = 8/3; after: (3 + 4 + 4 + 5) / 4 = 4 → 4 − 8/3 = 4/3 ≈ 1.3333
        assertThat(v.value()).isCloseTo(4.0 / 3, within(EPS));
        assertThat(v.numerator()).isNull();
        // each anonymous row is a respondent: 3 before, 4 after → population min(3, 4) = 3
        assertThat(v.population()).isEqualTo(3);
        // before s² = (0.4444 + 0.1111 + 0.1111) / 2 = 1/3 → v2 = 1/9; after s² = (1 + 0 + 0 + 1) / 3 = 2/3
        // → v1 = 1/6; se = √(1/6 + 1/9) = 0.527046; df = (5/18)² / ((1/6)²/3 + (1/9)²/2) = 5.0;
        // t(0.975, 5) = 2.571 → half = 1.35504 → [−0.0217, 2.6884]
        assertThat(v.ciLow()).isCloseTo(-0.0217, within(1e-3));
        assertThat(v.ciHigh()).isCloseTo(2.6884, within(1e-3));
        assertThat(v.note().fr()).startsWith("non apparié\u00a0: pas d’identifiant de répondant commun aux deux vagues");
        assertThat(detail(v, "respondents_before")).isEqualTo(3);
        assertThat(detail(v, "respondents_after")).isEqualTo(4);
    }

    @Test
    void programmePairsWithinEachCollectivite() {
        Dataset d = Dataset.builder()
                .add(wave("metz", "x", "2019-06-01", AVANT, CAPACITATION, 2))
                .add(wave("lille", "x", "2020-02-01", APRES, CAPACITATION, 5))
                .add(wave("metz", "y", "2019-06-01", AVANT, CAPACITATION, 3))
                .add(wave("metz", "y", "2020-02-01", APRES, CAPACITATION, 4))
                .build();
        IndicatorValue v = indicator.compute(d, Scope.programme(), T1);
        // metz x and lille x are two people: only metz y is paired, 4 − 3 = 1; x's two answers left out
        assertThat(v.value()).isCloseTo(1.0, within(EPS));
        assertThat(v.population()).isEqualTo(1);
        assertThat(v.ciLow()).isNull();
        assertThat(v.note().fr()).contains("apparié sur 1 répondant présent aux deux vagues", "2 réponses");
    }

    @Test
    void programmeUnpairedMeansAreOverAllRows() {
        Dataset d = Dataset.builder()
                .add(wave("metz", null, "2019-06-01", AVANT, CAPACITATION, 2))
                .add(wave("metz", null, "2020-02-01", APRES, CAPACITATION, 4))
                .add(wave("metz", null, "2020-02-01", APRES, CAPACITATION, 4))
                .add(wave("metz", null, "2020-02-01", APRES, CAPACITATION, 4))
                .add(wave("lille", null, "2019-06-01", AVANT, CAPACITATION, 3))
                .add(wave("lille", null, "2020-02-01", APRES, CAPACITATION, 3))
                .build();
        IndicatorValue v = indicator.compute(d, Scope.programme(), T1);
        // after: (4 + 4 + 4 + 3) / 4 = 3.75; before: (2 + 3) / 2 = 2.5 → 1.25.
        // Mean of the collectivités' gains would be ((4 − 2) + (3 − 3)) / 2 = 1.
        assertThat(v.value()).isCloseTo(1.25, within(EPS));
        assertThat(v.population()).isEqualTo(2);
    }

    @Test
    void bandEdgesZeroIsRedHalfIsGreen() {
        assertThat(gainOf(3, 3.5, 2, 2.5)).satisfies(v -> {
            // differences 0.5 and 0.5 → 0.5, green; zero spread → interval [0.5, 0.5]
            assertThat(v.value()).isCloseTo(0.5, within(EPS));
            assertThat(v.status()).isEqualTo(Status.GREEN);
            assertThat(v.ciLow()).isCloseTo(0.5, within(EPS));
        });
        assertThat(gainOf(3, 3, 2, 2).status()).isEqualTo(Status.RED);          // 0 → red
        assertThat(gainOf(3, 3.25, 2, 2.25).status()).isEqualTo(Status.ORANGE); // 0.25 → orange
        assertThat(gainOf(3, 2.5, 2, 1.5).status()).isEqualTo(Status.RED);      // −0.5 → red
        assertThat(Bands.SKILLS_GAIN.statusOf(0.4999)).isEqualTo(Status.ORANGE);
        assertThat(Bands.SKILLS_GAIN.statusOf(1e-9)).isEqualTo(Status.ORANGE);
    }

    private IndicatorValue gainOf(double before1, double after1, double before2, double after2) {
        Dataset d = Dataset.builder()
                .add(wave("metz", "p", "2020-01-01", AVANT, CAPACITATION, before1))
                .add(wave("metz", "p", "2020-02-01", APRES, CAPACITATION, after1))
                .add(wave("metz", "q", "2020-01-01", AVANT, CAPACITATION, before2))
                .add(wave("metz", "q", "2020-02-01", APRES, CAPACITATION, after2))
                .build();
        return indicator.compute(d, Scope.of("metz"), T1);
    }

    @Test
    void notComputableWithoutAWave() {
        IndicatorValue v = indicator.compute(data, Scope.of("lille"), Period.parse("2019-T3"));
        // by 2019-09-30 lille has its « avant » answers only
        assertThat(v.isComputable()).isFalse();
        assertThat(v.reason().fr()).isEqualTo(
                "aucune réponse sur la capacitation au questionnaire d’après le programme jusqu’à la fin de la période");
        IndicatorValue none = indicator.compute(data, Scope.of("nancy"), T1);
        assertThat(none.reason().fr()).contains("questionnaire d’avant le programme");
    }

    @Test
    void serviceExperienceUsesQualiteAnswersWithoutBand() {
        Dataset d = Dataset.builder()
                .add(wave("metz", "p", "2020-01-01", AVANT, Measure.QUALITE, 2))
                .add(wave("metz", "p", "2020-02-01", APRES, Measure.QUALITE, 4))
                .add(wave("metz", "q", "2020-01-01", AVANT, Measure.QUALITE, 3))
                .add(wave("metz", "q", "2020-02-01", APRES, Measure.QUALITE, 3))
                .add(wave("metz", "q", "2020-02-01", APRES, CAPACITATION, 1))
                .build();
        IndicatorValue v = new ServiceExperienceDelta().compute(d, Scope.of("metz"), T1);
        // p: +2, q: 0 → mean 1; s = √2, se = 1, t(0.975, 1) = 12.706 → [−11.7, 13.7] kept within [−4, 4]
        assertThat(v.value()).isCloseTo(1.0, within(EPS));
        assertThat(v.status()).isEqualTo(Status.NONE);
        assertThat(v.ciLow()).isEqualTo(-4.0);
        assertThat(v.ciHigh()).isEqualTo(4.0);
    }
}
