package org.recits.api.indicator;

import org.recits.api.model.LocalizedText;

/** The unit of an indicator's value; it decides how renderers format it. */
public enum Unit {
    /** A whole number of people, cases, methods… */
    COUNT(LocalizedText.of("nombre", "count")),
    /** A fraction from 0 to 1, shown as a percentage. */
    PERCENT(LocalizedText.of("%", "%")),
    DAYS(LocalizedText.of("jours", "days")),
    MONTHS(LocalizedText.of("mois", "months")),
    /** A session rank (1 for the first). */
    RANK(LocalizedText.of("rang", "rank")),
    /** A mean score on 1 to 5. */
    SCORE(LocalizedText.of("/5", "/5")),
    /** A difference of scores on 1 to 5. */
    SCORE_DELTA(LocalizedText.of("points /5", "points /5")),
    EUR(LocalizedText.of("€", "€")),
    EUR_PER_DAY(LocalizedText.of("€/jour", "€/day"));

    private final LocalizedText label;

    Unit(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }
}
