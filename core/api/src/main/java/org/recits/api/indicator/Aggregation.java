package org.recits.api.indicator;

import org.recits.api.model.LocalizedText;

/** How the programme's value is built from the collectivités' (the "Programme" line of docs/indicateurs.md). */
public enum Aggregation {
    /** Sum of the collectivités' values: stocks and totals. */
    SUM(LocalizedText.of("somme", "sum")),
    /** Mean over all underlying rows, not a mean of means. */
    MEAN(LocalizedText.of("moyenne des lignes", "mean of rows")),
    /** The value of the latest row, for figures that are a state rather than an amount. */
    LAST(LocalizedText.of("dernière valeur", "last value")),
    /** Summed numerators over summed denominators, never a mean of ratios. */
    RATIO_OF_SUMS(LocalizedText.of("ratio des sommes", "ratio of sums")),
    /** The largest of the collectivités' values, e.g. the longest gap between InterTransfos. */
    MAX(LocalizedText.of("maximum", "maximum")),
    /** Distinct values over the union of the collectivités' rows. */
    DISTINCT(LocalizedText.of("valeurs distinctes", "distinct values"));

    private final LocalizedText label;

    Aggregation(LocalizedText label) {
        this.label = label;
    }

    /**
     * The name shown in the indicator's definition sheet.
     *
     * @return the label, in French and English
     */
    public LocalizedText label() {
        return label;
    }
}
