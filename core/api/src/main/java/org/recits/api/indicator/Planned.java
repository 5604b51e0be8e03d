package org.recits.api.indicator;

import java.util.Objects;
import org.recits.api.model.LocalizedText;

/**
 * The value each collectivité is planned to reach, drawn as a line beside its figures (the
 * protocol's 35 intervention days). Unlike the {@link TargetBand}, it judges nothing.
 *
 * @param value the planned value per collectivité, in the indicator's unit
 * @param label how it is written beside the line, e.g. « protocole : 35 jours »
 */
public record Planned(double value, LocalizedText label) {

    /**
     * Checks that the value is finite and the label present.
     *
     * @param value the planned value per collectivité, in the indicator's unit
     * @param label how it is written beside the line
     * @throws IllegalArgumentException when the value is NaN or infinite
     */
    public Planned {
        Objects.requireNonNull(label, "label");
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("a planned value must be finite: " + value);
        }
    }
}
