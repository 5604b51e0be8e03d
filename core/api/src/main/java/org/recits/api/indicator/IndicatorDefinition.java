package org.recits.api.indicator;

import java.util.Objects;
import org.recits.api.model.LocalizedText;

/**
 * What an indicator is: everything a funder needs to recompute it.
 *
 * @param code        stable code such as {@code PART_ATTENDANCE_RATE}
 * @param label       short name
 * @param description one or two sentences on what it tells
 * @param formula     the formula in words, exactly as computed
 * @param unit        unit of the value
 * @param direction   which way is better
 * @param family      value family
 * @param temporality what part of time it looks at
 * @param aggregation how the programme's value is built
 * @param target      default target band
 * @param source      where the definition comes from (e.g. {@code définitions Récits v1})
 */
public record IndicatorDefinition(String code, LocalizedText label, LocalizedText description, LocalizedText formula,
        Unit unit, Direction direction, ValueFamily family, Temporality temporality, Aggregation aggregation,
        TargetBand target, String source) {

    /**
     * Checks the required components; a null target means {@link TargetBand#NONE}, a null source the empty string.
     *
     * @param code        stable code such as {@code PART_ATTENDANCE_RATE}
     * @param label       short name
     * @param description one or two sentences on what it tells
     * @param formula     the formula in words, exactly as computed
     * @param unit        unit of the value
     * @param direction   which way is better
     * @param family      value family
     * @param temporality what part of time it looks at
     * @param aggregation how the programme's value is built
     * @param target      default target band
     * @param source      where the definition comes from (e.g. {@code définitions Récits v1})
     */
    public IndicatorDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(temporality, "temporality");
        Objects.requireNonNull(aggregation, "aggregation");
        target = target == null ? TargetBand.NONE : target;
        source = source == null ? "" : source;
    }
}
