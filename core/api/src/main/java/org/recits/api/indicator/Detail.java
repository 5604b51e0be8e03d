package org.recits.api.indicator;

import java.util.Objects;
import org.recits.api.model.LocalizedText;

/**
 * A secondary figure shown beside an indicator's value (the share of the largest direction beside
 * group diversity, one funder's share beside the partner share).
 *
 * @param key   stable key, e.g. {@code largest_direction_share}
 * @param label what it is
 * @param value the figure
 * @param unit  its unit
 */
public record Detail(String key, LocalizedText label, double value, Unit unit) {

    /**
     * Key of the detail that says how many units (sessions, answers, cases, months…) a rate or a mean
     * rests on; renderers show it as « n » beside the value (see {@link IndicatorValue#sampleSize()}).
     */
    public static final String SAMPLE_SIZE = "n";

    /**
     * How many units a rate or a mean rests on, shown beside the value as « n ».
     *
     * @param n    the number of sessions, answers, cases…
     * @param what what is counted, in the plural (« sessions comptées »)
     * @return the detail with key {@link #SAMPLE_SIZE}
     */
    public static Detail sampleSize(int n, LocalizedText what) {
        return new Detail(SAMPLE_SIZE, what, n, Unit.COUNT);
    }

    /**
     * Checks that key, label and unit are present.
     *
     * @param key   stable key, e.g. {@code largest_direction_share}
     * @param label what it is
     * @param value the figure
     * @param unit  its unit
     */
    public Detail {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(unit, "unit");
    }
}
