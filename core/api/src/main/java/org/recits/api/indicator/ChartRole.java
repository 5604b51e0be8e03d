package org.recits.api.indicator;

import java.util.Objects;
import org.recits.api.model.LocalizedText;

/**
 * Which chart by collectivité shows an indicator.
 *
 * @param kind  the kind of chart
 * @param id    the chart's stable id, also its file name ({@code jours-intervention}); indicators naming
 *              the same id share the chart. Null for {@link ChartKind#NONE} and {@link ChartKind#VALUES}
 *              (grouped by unit)
 * @param title the chart's title, where {@code {0}} stands for the report's period; null to let the
 *              renderer compose one from the indicator's label
 */
public record ChartRole(ChartKind kind, String id, LocalizedText title) {

    /** No chart by collectivité. */
    public static final ChartRole NONE = new ChartRole(ChartKind.NONE, null, null);

    /**
     * Checks that the kind is present, and that an id is given when the kind needs one.
     *
     * @param kind  the kind of chart
     * @param id    the chart's stable id, or null for {@link ChartKind#NONE} and {@link ChartKind#VALUES}
     * @param title the title, {@code {0}} standing for the period; or null
     * @throws IllegalArgumentException when a kind other than {@code NONE} and {@code VALUES} has no id,
     *         or the id is not made of lower-case letters, digits and hyphens
     */
    public ChartRole {
        Objects.requireNonNull(kind, "kind");
        if (id == null && kind != ChartKind.NONE && kind != ChartKind.VALUES) {
            throw new IllegalArgumentException(kind + " needs a chart id");
        }
        if (id != null && !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("a chart id is a file name of lower-case letters, digits and hyphens: " + id);
        }
    }

    /**
     * A chart of the given kind.
     *
     * @param kind  the kind of chart
     * @param id    the chart's stable id
     * @param title the title, {@code {0}} standing for the period; or null
     * @return the role
     */
    public static ChartRole of(ChartKind kind, String id, LocalizedText title) {
        return new ChartRole(kind, id, title);
    }

    /**
     * The indicator among the values' bars per collectivité, grouped by unit.
     *
     * @return the role
     */
    public static ChartRole values() {
        return new ChartRole(ChartKind.VALUES, null, null);
    }
}
