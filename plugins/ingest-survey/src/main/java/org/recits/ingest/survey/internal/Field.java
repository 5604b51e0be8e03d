package org.recits.ingest.survey.internal;

import java.util.Optional;

/** Mapping rows that say which column (or constant) identifies the respondent rather than measuring something. */
enum Field {
    COLLECTIVITE("collectivite"),
    VAGUE("vague"),
    DATE("date"),
    ROLE("role"),
    /** Beyond the columns of docs/format.md: a column holding the respondent's id, for tools that have none of their own. */
    REPONDANT("repondant");

    private final String code;

    Field(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    static Optional<Field> of(String written) {
        String k = Text.key(written);
        for (Field f : values()) {
            if (f.code.equals(k)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
