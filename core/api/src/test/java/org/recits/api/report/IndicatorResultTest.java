package org.recits.api.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.indicator.TargetBand;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;

class IndicatorResultTest {

    private static Observation at(int quarter, double v) {
        return new Observation(Period.quarter(2020, quarter), IndicatorValue.of(v, TargetBand.NONE), false);
    }

    @Test
    void theLastObservationIsTheLatestOfThePreviousOnes() {
        IndicatorResult r = new IndicatorResult(null, "p", Scope.programme(), at(4, 4), List.of(at(1, 1), at(2, 2)));
        assertThat(r.last()).isEqualTo(at(2, 2));
    }

    @Test
    void noTrendHasNoLastObservation() {
        assertThat(new IndicatorResult(null, "p", Scope.programme(), at(4, 4), List.of()).last()).isNull();
    }

    @Test
    void theListsAreCopiedAndNullSentencesAreNone() {
        List<Observation> previous = new ArrayList<>(List.of(at(1, 1)));
        IndicatorResult r = new IndicatorResult(null, "p", Scope.programme(), at(4, 4), previous, null);
        previous.clear();
        assertThat(r.previous()).hasSize(1);
        assertThat(r.sentences()).isEmpty();
        assertThatThrownBy(() -> r.sentences().add(LocalizedText.of("x")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aNullTrendIsRefused() {
        assertThatThrownBy(() -> new IndicatorResult(null, "p", Scope.programme(), at(4, 4), null))
                .isInstanceOf(NullPointerException.class);
    }
}
