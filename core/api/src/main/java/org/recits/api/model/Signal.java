package org.recits.api.model;

/** A colour of the case-selection grid (pertinence, faisabilité, cohérence). */
public enum Signal implements Coded {
    /** Green: the criterion is met. */
    VERT("vert"),
    /** Orange: met with reservations. */
    ORANGE("orange"),
    /** Red: not met. */
    ROUGE("rouge");

    private final String code;

    Signal(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
