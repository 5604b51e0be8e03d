package org.recits.api.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recits.api.model.LocalizedText;

class TargetBandTest {

    // 18–22 / 15–17 or 23–25 / otherwise, as continuous intervals.
    private final TargetBand ambassadors = TargetBand.of(List.of(Interval.closed(18, 22)),
            List.of(Interval.closedOpen(15, 18), Interval.openClosed(22, 25)), LocalizedText.of("18–22"));

    @Test
    void judgesEachBoundary() {
        assertThat(ambassadors.statusOf(18)).isEqualTo(Status.GREEN);
        assertThat(ambassadors.statusOf(22)).isEqualTo(Status.GREEN);
        assertThat(ambassadors.statusOf(17)).isEqualTo(Status.ORANGE);
        assertThat(ambassadors.statusOf(15)).isEqualTo(Status.ORANGE);
        assertThat(ambassadors.statusOf(23)).isEqualTo(Status.ORANGE);
        assertThat(ambassadors.statusOf(25)).isEqualTo(Status.ORANGE);
        assertThat(ambassadors.statusOf(14)).isEqualTo(Status.RED);
        assertThat(ambassadors.statusOf(26)).isEqualTo(Status.RED);
        assertThat(TargetBand.NONE.statusOf(3)).isEqualTo(Status.NONE);
    }

    @Test
    void scalesForProgrammeOrProgress() {
        TargetBand tenTimes = ambassadors.scaled(10, LocalizedText.of("180–220"));
        assertThat(tenTimes.statusOf(200)).isEqualTo(Status.GREEN);
        assertThat(tenTimes.statusOf(179)).isEqualTo(Status.ORANGE);
        assertThat(tenTimes.statusOf(149)).isEqualTo(Status.RED);
    }

    @Test
    void ratioKeepsItsPartsAndNeverTurnsMissingIntoZero() {
        TargetBand rate = TargetBand.of(List.of(Interval.atLeast(0.8)), List.of(Interval.closedOpen(0.65, 0.8)),
                LocalizedText.of("≥ 80 %"));
        IndicatorValue v = IndicatorValue.ratio(7, 10, rate, LocalizedText.of("aucune séance"));
        assertThat(v.value()).isEqualTo(0.7);
        assertThat(v.numerator()).isEqualTo(7);
        assertThat(v.denominator()).isEqualTo(10);
        assertThat(v.status()).isEqualTo(Status.ORANGE);

        IndicatorValue none = IndicatorValue.ratio(0, 0, rate, LocalizedText.of("aucune séance"));
        assertThat(none.isComputable()).isFalse();
        assertThat(none.reason().fr()).isEqualTo("aucune séance");
        assertThat(none.status()).isEqualTo(Status.NONE);
        assertThatThrownBy(() -> new IndicatorValue(null, null, null, null, null, null, Status.NONE, null, null, null,
                null)).isInstanceOf(IllegalArgumentException.class);
    }
}
