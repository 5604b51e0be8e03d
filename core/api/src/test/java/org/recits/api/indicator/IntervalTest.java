package org.recits.api.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntervalTest {

    @Test
    void eachFactoryIncludesItsBoundsAsWritten() {
        assertThat(Interval.closed(1, 2).contains(1)).isTrue();
        assertThat(Interval.closed(1, 2).contains(2)).isTrue();
        assertThat(Interval.closedOpen(1, 2).contains(1)).isTrue();
        assertThat(Interval.closedOpen(1, 2).contains(2)).isFalse();
        assertThat(Interval.openClosed(1, 2).contains(1)).isFalse();
        assertThat(Interval.openClosed(1, 2).contains(2)).isTrue();
    }

    @Test
    void aMissingBoundIsOpenEnded() {
        assertThat(Interval.atLeast(3).contains(3)).isTrue();
        assertThat(Interval.atLeast(3).contains(Double.MAX_VALUE)).isTrue();
        assertThat(Interval.above(3).contains(3)).isFalse();
        assertThat(Interval.atMost(3).contains(3)).isTrue();
        assertThat(Interval.atMost(3).contains(-Double.MAX_VALUE)).isTrue();
        assertThat(Interval.below(3).contains(3)).isFalse();
        assertThat(new Interval(null, false, null, false).contains(0)).isTrue();
    }

    @Test
    void nanIsInNoBoundedInterval() {
        assertThat(Interval.closed(0, 1).contains(Double.NaN)).isFalse();
        assertThat(Interval.atLeast(0).contains(Double.NaN)).isFalse();
    }

    @Test
    void anEmptyIntervalContainsNothing() {
        assertThat(Interval.closedOpen(2, 2).contains(2)).isFalse();
        assertThat(Interval.closed(2, 1).contains(1.5)).isFalse();
    }

    @Test
    void scalingMultipliesTheBoundsAndKeepsWhatIsOpen() {
        Interval half = Interval.closedOpen(18, 22).scaled(0.5);
        assertThat(half).isEqualTo(new Interval(9.0, true, 11.0, false));
        assertThat(Interval.atLeast(10).scaled(2)).isEqualTo(new Interval(20.0, true, null, false));
        assertThat(Interval.below(10).scaled(0)).isEqualTo(new Interval(null, false, 0.0, false));
    }
}
