package org.recits.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recits.testkit.RecitsAssertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.Indicator;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.indicator.Status;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;

class IndicatorAssertTest {

    private final Dataset data = Fixture.collectivite("metz")
            .session("2019-11-10", 2)
            .session("2020-01-10", 3)
            .immersion("2020-02-10", 1)
            .and("lille").session("2020-01-15", 1)
            .build();

    @Test
    void passesOnTheRightFigures() {
        assertThat(new DaysInPeriod()).on(data).forScope("metz").forPeriod("2020-T1")
                .hasValue(4).hasStatus(Status.GREEN).isComputable()
                .says("4 jours (2 avant)").saysInEnglish("4 days (2 before)");
        assertThat(new DaysInPeriod()).on(data).forPeriod("2020-T1").hasValue(5);
        assertThat(new DaysInPeriod()).on(data).forScope("lille").forPeriod("2019-T4")
                .isNotComputableBecause("aucune session");
        assertThat(new DaysInPeriod()).on(data).forPeriod("2020-T1").honoursTheEngineContract();
    }

    @Test
    void failsWithTheFigureItFound() {
        assertThatThrownBy(() -> assertThat(new DaysInPeriod()).on(data).forScope("metz").forPeriod("2020-T1")
                .hasValue(3))
                .isInstanceOf(AssertionError.class).hasMessageContaining("expected the value 3.0 but was 4.0");
        assertThatThrownBy(() -> assertThat(new DaysInPeriod()).on(data).forScope("lille").forPeriod("2020-T1")
                .hasStatus(Status.GREEN))
                .isInstanceOf(AssertionError.class).hasMessageContaining("expected status GREEN but was ORANGE");
        assertThatThrownBy(() -> assertThat(new DaysInPeriod()).on(data).forScope("metz").forPeriod("2020-T1")
                .says("5 jours"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("[4 jours (2 avant)]");
        assertThatThrownBy(() -> assertThat(new DaysInPeriod()).on(data).forScope("metz").forPeriod("2020-T1")
                .hasNumerator(1))
                .isInstanceOf(AssertionError.class).hasMessageContaining("numerator 1.0 but was null");
    }

    @Test
    void catchesWhatWouldFailInTheEngine() {
        Indicator throwing = new DaysInPeriod() {
            @Override
            public IndicatorValue compute(Dataset d, Scope s, Period p) {
                if (!s.isProgramme()) {
                    throw new IllegalStateException("boom");
                }
                return super.compute(d, s, p);
            }
        };
        assertThatThrownBy(() -> assertThat(throwing).on(data).forPeriod("2020-T1").honoursTheEngineContract())
                .isInstanceOf(AssertionError.class).hasMessageContaining("threw java.lang.IllegalStateException: boom");

        Indicator frenchOnly = new DaysInPeriod() {
            @Override
            public IndicatorDefinition definition() {
                IndicatorDefinition d = super.definition();
                return new IndicatorDefinition(d.code(), LocalizedText.of("Jours", null), d.description(),
                        d.formula(), d.unit(), d.direction(), d.family(), d.temporality(), d.aggregation(),
                        d.target(), d.source());
            }

            @Override
            public List<LocalizedText> sentences(Scope s, Period p, IndicatorValue c, IndicatorValue b) {
                return null;
            }
        };
        assertThatThrownBy(() -> assertThat(frenchOnly).hasACompleteDefinition())
                .isInstanceOf(AssertionError.class).hasMessageContaining("[label]");
        assertThatThrownBy(() -> assertThat(frenchOnly).on(data).forPeriod("2020-T1").says("x"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("sentences() returned null");
    }

    @Test
    void aMissingPeriodIsSaid() {
        assertThatThrownBy(() -> assertThat(new DaysInPeriod()).on(data).hasValue(1))
                .hasMessageContaining("forPeriod");
        assertThat(new DaysInPeriod().definition().code()).isEqualTo("TEST_DAYS");
    }
}
