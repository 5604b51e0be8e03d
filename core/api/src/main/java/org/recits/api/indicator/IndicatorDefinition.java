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
 * @param roles       what the renderers do with it beyond its rows: headline, chart, planned value…
 */
public record IndicatorDefinition(String code, LocalizedText label, LocalizedText description, LocalizedText formula,
        Unit unit, Direction direction, ValueFamily family, Temporality temporality, Aggregation aggregation,
        TargetBand target, String source, IndicatorRoles roles) {

    /**
     * Checks the required components; a null target means {@link TargetBand#NONE}, a null source the empty
     * string, null roles {@link IndicatorRoles#NONE}.
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
     * @param roles       what the renderers do with it beyond its rows
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
        roles = roles == null ? IndicatorRoles.NONE : roles;
    }

    /**
     * A definition with no role ({@link IndicatorRoles#NONE}): rows, trend chart and the family's section
     * only. Give it roles with {@link #withRoles}.
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
    public IndicatorDefinition(String code, LocalizedText label, LocalizedText description, LocalizedText formula,
            Unit unit, Direction direction, ValueFamily family, Temporality temporality, Aggregation aggregation,
            TargetBand target, String source) {
        this(code, label, description, formula, unit, direction, family, temporality, aggregation, target, source,
                IndicatorRoles.NONE);
    }

    /**
     * This definition with the given roles.
     *
     * @param value what the renderers do with the indicator beyond its rows
     * @return a copy with {@code roles} set
     */
    public IndicatorDefinition withRoles(IndicatorRoles value) {
        return new IndicatorDefinition(code, label, description, formula, unit, direction, family, temporality,
                aggregation, target, source, Objects.requireNonNull(value, "value"));
    }
}
