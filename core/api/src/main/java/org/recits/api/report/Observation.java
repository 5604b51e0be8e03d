package org.recits.api.report;

import org.recits.api.indicator.IndicatorValue;
import org.recits.api.model.Period;

/**
 * An indicator's value for one period, as funders may see it.
 *
 * @param period        the period
 * @param value         the value as computed
 * @param suppressed    whether the value must not be shown to funders: it rests on fewer people than the
 *                      report's threshold, or it is {@code complementary}
 * @param complementary whether the value is hidden although it rests on enough people, because with it a
 *                      small group's hidden value could be recomputed by subtraction from the programme's
 *                      (implies {@code suppressed})
 */
public record Observation(Period period, IndicatorValue value, boolean suppressed, boolean complementary) {

    /**
     * Checks that a complementary suppression is a suppression.
     *
     * @param period        the period
     * @param value         the value as computed
     * @param suppressed    whether the value must not be shown to funders
     * @param complementary whether it is hidden only to protect a small group's hidden value
     * @throws IllegalArgumentException when complementary but not suppressed
     */
    public Observation {
        if (complementary && !suppressed) {
            throw new IllegalArgumentException("a complementary suppression is a suppression");
        }
    }

    /**
     * An observation hidden, or not, for resting on too few people.
     *
     * @param period     the period
     * @param value      the value as computed
     * @param suppressed whether the value rests on fewer people than the report's threshold
     */
    public Observation(Period period, IndicatorValue value, boolean suppressed) {
        this(period, value, suppressed, false);
    }

    /**
     * Whether a figure may be shown: computable and not suppressed.
     *
     * @return true when renderers may print the value
     */
    public boolean isShowable() {
        return value.isComputable() && !suppressed;
    }

    /**
     * This observation hidden to protect another one.
     *
     * @return a complementary suppression of the same value
     */
    public Observation hiddenToProtectAnother() {
        return new Observation(period, value, true, true);
    }
}
