package org.recits.api.model;

/** Status of a practical case (cas.csv {@code statut}). */
public enum CaseStatus implements Coded {
    /** Proposed by the collectivité, not yet examined with the selection grid. */
    PROPOSE("propose"),
    /** Selected to be worked on in sessions. */
    RETENU("retenu"),
    /** Being worked on. */
    EN_COURS("en-cours"),
    /** Completed. */
    TERMINE("termine"),
    /** Dropped before completion. */
    ABANDONNE("abandonne");

    private final String code;

    CaseStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
