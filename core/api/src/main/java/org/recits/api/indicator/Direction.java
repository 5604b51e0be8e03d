package org.recits.api.indicator;

import org.recits.api.model.LocalizedText;

/** Which way is better. */
public enum Direction {
    /** A rise is an improvement, e.g. the attendance rate. */
    HIGHER_IS_BETTER(LocalizedText.of("plus haut est mieux", "higher is better")),
    /** A fall is an improvement, e.g. the interval between InterTransfos. */
    LOWER_IS_BETTER(LocalizedText.of("plus bas est mieux", "lower is better")),
    /** Best within a band, worse on either side. */
    WITHIN_BAND(LocalizedText.of("dans la fourchette", "within the band")),
    /** Followed as a trend, not judged. */
    NEUTRAL(LocalizedText.of("suivi", "monitored"));

    private final LocalizedText label;

    Direction(LocalizedText label) {
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
