package org.recits.api.model;

/** Kind of event in sessions.csv; only {@code session} and {@code immersion} count as intervention days. */
public enum SessionType implements Coded {
    SESSION("session"),
    INTERTRANSFO("intertransfo"),
    ATELIER_COLLECTIF("atelier-collectif"),
    VISIO("visio"),
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
