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
