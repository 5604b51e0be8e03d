package org.recits.api.indicator;

import org.recits.api.model.LocalizedText;

/** What part of time a value looks at (the "kind" column of INDICATORS.md). */
public enum Temporality {
    STOCK_AT_END(LocalizedText.of("stock à la fin", "stock at end")),
    FLOW_IN_PERIOD(LocalizedText.of("flux sur la période", "flow in period")),
    UP_TO_PERIOD(LocalizedText.of("cumul jusqu'à la fin", "cumulative to end"));

    private final LocalizedText label;

    Temporality(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }
}
