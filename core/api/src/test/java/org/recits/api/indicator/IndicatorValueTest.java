package org.recits.api.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recits.api.model.LocalizedText;

class IndicatorValueTest {

    private static final LocalizedText WHY = LocalizedText.of("aucune séance", "no session");
    private static final TargetBand HALF = TargetBand.of(List.of(Interval.atLeast(0.5)), List.of(),
            LocalizedText.of("≥ 50 %"));

    @Test
    void aMissingValueNeedsAReason() {
        assertThatThrownBy(() -> new IndicatorValue(null, null, null, null, null, null, Status.NONE, null, null, null,
                null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IndicatorValue.notComputable(null, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aValueIsFinite() {
        assertThatThrownBy(() -> IndicatorValue.of(Double.NaN, TargetBand.NONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IndicatorValue.of(Double.POSITIVE_INFINITY, TargetBand.NONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStatusIsRequiredAndANullTargetOrDetailsMeanNone() {
        assertThatThrownBy(() -> new IndicatorValue(1.0, null, null, null, null, null, null, null, null, null, null))
                .hasMessage("status");
        IndicatorValue v = new IndicatorValue(1.0, null, null, null, null, null, Status.NONE, null, null, null, null);
        assertThat(v.target()).isSameAs(TargetBand.NONE);
        assertThat(v.details()).isEmpty();
    }

    @Test
    void aValueIsJudgedAgainstItsTarget() {
        assertThat(IndicatorValue.of(0.6, HALF).status()).isEqualTo(Status.GREEN);
        assertThat(IndicatorValue.of(0.6, TargetBand.NONE).status()).isEqualTo(Status.NONE);
    }

    @Test
    void aRatioOverZeroIsNotComputableAndKeepsItsNumerator() {
        IndicatorValue v = IndicatorValue.ratio(3, 0, HALF, WHY);
        assertThat(v.isComputable()).isFalse();
        assertThat(v.value()).isNull();
        assertThat(v.numerator()).isEqualTo(3.0);
        assertThat(v.denominator()).isEqualTo(0.0);
        assertThat(v.reason()).isEqualTo(WHY);
        assertThat(v.status()).isEqualTo(Status.NONE);
    }

    @Test
    void zeroOverSomethingIsAZeroNotAMissingValue() {
        IndicatorValue v = IndicatorValue.ratio(0, 4, HALF, WHY);
        assertThat(v.isComputable()).isTrue();
        assertThat(v.value()).isZero();
        assertThat(v.reason()).isNull();
    }

    @Test
    void theSampleSizeIsTheNDetailElseThePopulation() {
        IndicatorValue v = IndicatorValue.of(0.5, HALF);
        assertThat(v.sampleSize()).isNull();
        assertThat(v.withPopulation(7).sampleSize()).isEqualTo(7);
        IndicatorValue withN = v.withPopulation(7).withDetail(Detail.sampleSize(3, LocalizedText.of("séances")));
        assertThat(withN.sampleSize()).isEqualTo(3);
    }

    @Test
    void restsOnFewBelowFiveUnitsOnlyForAFigure() {
        assertThat(IndicatorValue.of(0.5, HALF).withPopulation(IndicatorValue.FEW - 1).restsOnFew()).isTrue();
        assertThat(IndicatorValue.of(0.5, HALF).withPopulation(IndicatorValue.FEW).restsOnFew()).isFalse();
        assertThat(IndicatorValue.of(0.5, HALF).restsOnFew()).isFalse();
        assertThat(IndicatorValue.notComputable(WHY, HALF).withPopulation(1).restsOnFew()).isFalse();
    }

    @Test
    void theWithersChangeOneFieldAndLeaveTheOriginal() {
        IndicatorValue v = IndicatorValue.of(0.4, HALF);
        IndicatorValue changed = v.withStatus(Status.GREEN).withInterval(0.3, 0.5).withNote(WHY)
                .withDetail(Detail.sampleSize(9, WHY));
        assertThat(changed.value()).isEqualTo(0.4);
        assertThat(changed.status()).isEqualTo(Status.GREEN);
        assertThat(changed.ciLow()).isEqualTo(0.3);
        assertThat(changed.ciHigh()).isEqualTo(0.5);
        assertThat(changed.note()).isEqualTo(WHY);
        assertThat(changed.details()).hasSize(1);
        assertThat(v.status()).isEqualTo(Status.RED);
        assertThat(v.details()).isEmpty();
        assertThat(v.ciLow()).isNull();
    }

    @Test
    void detailsAreCopied() {
        IndicatorValue v = IndicatorValue.of(1, HALF).withDetail(Detail.sampleSize(9, WHY));
        assertThatThrownBy(() -> v.details().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
