package org.recits.api.indicator;

import org.recits.api.model.LocalizedText;

/** The unit of an indicator's value; it decides how renderers format it. */
public enum Unit {
    /** A whole number of people, cases, methods… */
    COUNT(LocalizedText.of("nombre", "count")),
    /** A fraction from 0 to 1, shown as a percentage. */
    PERCENT(LocalizedText.of("%", "%")),
    /** A number of days, possibly fractional (session {@code jours}). */
    DAYS(LocalizedText.of("jours", "days")),
    /** A number of months, e.g. the gap between InterTransfos. */
    MONTHS(LocalizedText.of("mois", "months")),
    /** A session rank (1 for the first). */
    RANK(LocalizedText.of("rang", "rank")),
    /** A mean score on 1 to 5. */
    SCORE(LocalizedText.of("/5", "/5")),
    /** A difference of scores on 1 to 5. */
    SCORE_DELTA(LocalizedText.of("points /5", "points /5")),
    /** An amount in euros. */
    EUR(LocalizedText.of("€", "€")),
    /** Euros per day, e.g. cost per trained day. */
    EUR_PER_DAY(LocalizedText.of("€/jour", "€/day"));

    private final LocalizedText label;

    Unit(LocalizedText label) {
        this.label = label;
    }

    /**
     * The unit's symbol or word, written after the value.
     *
     * @return the label, in French and English
     */
    public LocalizedText label() {
        return label;
    }
}
