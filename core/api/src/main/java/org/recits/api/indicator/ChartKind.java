package org.recits.api.indicator;

/**
 * How the charts show an indicator for the collectivités, beside the programme's trend every
 * indicator gets.
 */
public enum ChartKind {
    /** No chart by collectivité: the programme's trend only. */
    NONE,
    /**
     * Bars per collectivité, with every other indicator so marked that has the same unit (the four
     * values' scores side by side).
     */
    VALUES,
    /** Bars per collectivité, with the indicators that name the same chart id. */
    BARS,
    /** Horizontal bars per collectivité against the indicator's {@link Planned planned value}. */
    BARS_AGAINST_PLANNED,
    /** One line per collectivité (and the programme) over the trend's periods. */
    LINES,
    /**
     * A share of a whole, stacked with its complement (what the collectivité pays, what its partners
     * pay); the indicators naming the same chart id are cited as its sources, the first one is drawn.
     */
    SHARE
}
