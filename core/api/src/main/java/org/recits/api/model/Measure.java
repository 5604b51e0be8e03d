package org.recits.api.model;

/** What a survey question measures: the four values, capacitation and satisfaction. */
public enum Measure implements Coded {
    /** Democracy, one of the four values: citizens and agents take part in decisions. */
    DEMOCRATIE("democratie"),
    /** Quality of public service, one of the four values. */
    QUALITE("qualite"),
    /** Impact on users and the territory, one of the four values. */
    IMPACT("impact"),
    /** Productivity, one of the four values: doing better with the same means. */
    PRODUCTIVITE("productivite"),
    /** Capacitation: the agents' gain in skills and power to act. */
    CAPACITATION("capacitation"),
    /** Satisfaction with the programme or a session. */
    SATISFACTION("satisfaction");

    private final String code;

    Measure(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
