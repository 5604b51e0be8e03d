package org.recits.api.model;

/** A survey wave for before/after comparisons. */
public enum Wave implements Coded {
    /** Before the programme (pre-survey). */
    AVANT("avant"),
    /** After the programme (post-survey). */
    APRES("apres");

    private final String code;

    Wave(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
