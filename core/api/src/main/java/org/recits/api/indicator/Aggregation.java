package org.recits.api.indicator;

import org.recits.api.model.LocalizedText;

/** How the programme's value is built from the collectivités' (INDICATORS.md, "Programme scope"). */
public enum Aggregation {
    SUM(LocalizedText.of("somme", "sum")),
    /** Mean over all underlying rows, not a mean of means. */
    MEAN(LocalizedText.of("moyenne des lignes", "mean of rows")),
    LAST(LocalizedText.of("dernière valeur", "last value")),
    /** Summed numerators over summed denominators, never a mean of ratios. */
    RATIO_OF_SUMS(LocalizedText.of("ratio des sommes", "ratio of sums")),
    MAX(LocalizedText.of("maximum", "maximum")),
    /** Distinct values over the union of the collectivités' rows. */
    DISTINCT(LocalizedText.of("valeurs distinctes", "distinct values"));

    private final LocalizedText label;

    Aggregation(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }
}
