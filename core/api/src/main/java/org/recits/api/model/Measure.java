package org.recits.api.model;

/** What a survey question measures: the four values, capacitation and satisfaction. */
public enum Measure implements Coded {
    DEMOCRATIE("democratie"),
    QUALITE("qualite"),
    IMPACT("impact"),
    PRODUCTIVITE("productivite"),
    CAPACITATION("capacitation"),
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
