package org.recits.indicators.values.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.model.Measure;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;
import org.recits.api.model.Wave;

class PropertiesTest {

    private static final Period T1 = Period.parse("2020-T1");

    private static Dataset satisfaction(List<Integer> scores, boolean reversed) {
        Dataset.Builder b = Dataset.builder();
        for (int i = 0; i < scores.size(); i++) {
            // respondents answer one or two items, to exercise the clustered interval
            String id = "r" + i / 2;
            double s = reversed ? 6 - scores.get(i) : scores.get(i);
            b.add(Fixtures.ans("metz", id, "2020-02-01", Measure.SATISFACTION, s));
        }
        return b.build();
    }

    @Property
    void theMeanLiesInItsInterval(@ForAll @Size(min = 3, max = 40) List<@IntRange(min = 1, max = 5) Integer> scores) {
        IndicatorValue v = new SessionSatisfaction().compute(satisfaction(scores, false), Scope.of("metz"), T1);
        assertThat(v.ciLow()).isLessThanOrEqualTo(v.value() + 1e-12);
        assertThat(v.ciHigh()).isGreaterThanOrEqualTo(v.value() - 1e-12);
        assertThat(v.ciLow()).isGreaterThanOrEqualTo(1.0);
        assertThat(v.ciHigh()).isLessThanOrEqualTo(5.0);
        assertThat(v.population()).isEqualTo((scores.size() + 1) / 2);
    }

    @Property
    void reversingScoresMirrorsTheMeanAndItsInterval(
            @ForAll @Size(min = 3, max = 40) List<@IntRange(min = 1, max = 5) Integer> scores) {
        IndicatorValue v = new SessionSatisfaction().compute(satisfaction(scores, false), Scope.of("metz"), T1);
        IndicatorValue r = new SessionSatisfaction().compute(satisfaction(scores, true), Scope.of("metz"), T1);
        assertThat(r.value()).isCloseTo(6 - v.value(), within(1e-9));
        assertThat(r.ciLow()).isCloseTo(6 - v.ciHigh(), within(1e-9));
        assertThat(r.ciHigh()).isCloseTo(6 - v.ciLow(), within(1e-9));
    }

    @Property
    void swappingTheWavesNegatesTheGain(@ForAll @Size(min = 2, max = 30) List<@IntRange(min = 1, max = 5) Integer> before,
            @ForAll @Size(min = 2, max = 30) List<@IntRange(min = 1, max = 5) Integer> after,
            @ForAll boolean withIds) {
        IndicatorValue v = new SkillsGain().compute(waves(before, after, withIds), Scope.of("metz"), T1);
        IndicatorValue s = new SkillsGain().compute(waves(after, before, withIds), Scope.of("metz"), T1);
        assertThat(s.value()).isCloseTo(-v.value(), within(1e-9));
        assertThat(s.population()).isEqualTo(v.population());
        assertThat(v.note().fr()).startsWith(withIds ? "apparié" : "non apparié");
        if (v.ciLow() != null) {
            assertThat(v.ciLow()).isLessThanOrEqualTo(v.value() + 1e-12);
            assertThat(v.ciHigh()).isGreaterThanOrEqualTo(v.value() - 1e-12);
        }
    }

    private static Dataset waves(List<Integer> before, List<Integer> after, boolean withIds) {
        Dataset.Builder b = Dataset.builder();
        for (int i = 0; i < before.size(); i++) {
            b.add(Fixtures.wave("metz", withIds ? "p" + i : null, "2020-01-01", Wave.AVANT, Measure.CAPACITATION,
                    before.get(i)));
        }
        for (int i = 0; i < after.size(); i++) {
            b.add(Fixtures.wave("metz", withIds ? "p" + i : null, "2020-02-01", Wave.APRES, Measure.CAPACITATION,
                    after.get(i)));
        }
        return b.build();
    }
}
