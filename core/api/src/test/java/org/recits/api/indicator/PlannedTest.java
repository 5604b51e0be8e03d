package org.recits.api.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.recits.api.model.LocalizedText;

class PlannedTest {

    @Test
    void aPlannedValueIsFinite() {
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertThatThrownBy(() -> new Planned(bad, LocalizedText.of("x")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
        }
    }

    @Test
    void itsLabelIsRequired() {
        assertThatThrownBy(() -> new Planned(1, null)).isInstanceOf(NullPointerException.class).hasMessage("label");
    }

    @Test
    void anyFiniteValueIsTakenAsPlannedSinceItJudgesNothing() {
        // unlike a target band, a planned value is only drawn: zero or fractional values are fine
        assertThat(new Planned(0, LocalizedText.of("aucun")).value()).isZero();
        assertThat(new Planned(17.5, LocalizedText.of("x")).value()).isEqualTo(17.5);
    }
}
