package org.recits.api.report;

import org.recits.api.indicator.IndicatorValue;
import org.recits.api.model.Period;

/**
 * An indicator's value for one period, as funders may see it.
 *
 * @param period     the period
 * @param value      the value as computed
 * @param suppressed whether the value rests on fewer people than the report's threshold and must
 *                   not be shown to funders
 */
public record Observation(Period period, IndicatorValue value, boolean suppressed) {

    /**
     * Whether a figure may be shown: computable and not suppressed.
     *
     * @return true when renderers may print the value
     */
    public boolean isShowable() {
        return value.isComputable() && !suppressed;
    }
}
