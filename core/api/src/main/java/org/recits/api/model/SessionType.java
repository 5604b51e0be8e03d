package org.recits.api.model;

/** Kind of event in sessions.csv; only {@code session} and {@code immersion} count as intervention days. */
public enum SessionType implements Coded {
    /** A training session of the programme; counts as intervention days. */
    SESSION("session"),
    /** An InterTransfo: a gathering of several collectivités; not counted as intervention days. */
    INTERTRANSFO("intertransfo"),
    /** A collective workshop; not counted as intervention days. */
    ATELIER_COLLECTIF("atelier-collectif"),
    /** A video call; not counted as intervention days. */
    VISIO("visio"),
    /** An immersion in the field; counts as intervention days. */
    IMMERSION("immersion");

    private final String code;

    SessionType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
