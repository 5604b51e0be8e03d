package org.recits.api.model;

/** A participant's role in the programme (participants.csv {@code role}). */
public enum Role implements Coded {
    AMBASSADEUR("ambassadeur"),
    RESIDENT("resident"),
    REFERENT("referent"),
    COORDINATEUR("coordinateur"),
    ELU("elu"),
    RELAIS("relais"),
    PARTENAIRE("partenaire"),
    USAGER("usager");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
