package org.recits.testkit;

import org.recits.api.indicator.Indicator;

/**
 * Entry point of the testkit's assertions; import statically beside AssertJ's
 * ({@code import static org.recits.testkit.RecitsAssertions.assertThat;}): Java picks this
 * {@code assertThat} for an {@link Indicator} and AssertJ's for everything else.
 */
public final class RecitsAssertions {

    private RecitsAssertions() {
    }

    /** Assertions on an indicator: choose data, scope and period, then check value, status, sentences. */
    public static IndicatorAssert assertThat(Indicator indicator) {
        return new IndicatorAssert(indicator);
    }
}
