package org.recits.api.model;

/** Status of a practical case (cas.csv {@code statut}). */
public enum CaseStatus implements Coded {
    PROPOSE("propose"),
    RETENU("retenu"),
    EN_COURS("en-cours"),
    TERMINE("termine"),
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
