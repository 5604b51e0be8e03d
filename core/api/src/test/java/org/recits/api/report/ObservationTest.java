package org.recits.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.indicator.TargetBand;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Period;

class ObservationTest {

    private static final Period Q1 = Period.quarter(2020, 1);

    @Test
    void showableOnlyWhenComputableAndNotSuppressed() {
        IndicatorValue figure = IndicatorValue.of(3, TargetBand.NONE);
        IndicatorValue none = IndicatorValue.notComputable(LocalizedText.of("n/d"), TargetBand.NONE);
        assertThat(new Observation(Q1, figure, false).isShowable()).isTrue();
        assertThat(new Observation(Q1, figure, true).isShowable()).isFalse();
        assertThat(new Observation(Q1, none, false).isShowable()).isFalse();
    }
}
