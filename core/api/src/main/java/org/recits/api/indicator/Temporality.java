package org.recits.api.indicator;

import org.recits.api.model.LocalizedText;

/** What part of time a value looks at (the "Temporalité" line of docs/indicateurs.md). */
public enum Temporality {
    /** A state on the period's last day, e.g. active ambassadeurs on {@code end}. */
    STOCK_AT_END(LocalizedText.of("stock à la fin", "stock at end")),
    /** What happened within the period, e.g. attendance at sessions in P. */
    FLOW_IN_PERIOD(LocalizedText.of("flux sur la période", "flow in period")),
    /** Everything from the start of the data up to the period's end, e.g. cases worked on so far. */
    UP_TO_PERIOD(LocalizedText.of("cumul jusqu’à la fin", "cumulative to end"));

    private final LocalizedText label;

    Temporality(LocalizedText label) {
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
