package org.recits.api.model;

/** A participant's role in the programme (participants.csv {@code role}). */
public enum Role implements Coded {
    /** Ambassadeur: an agent trained in the programme's sessions; the core of the participation indicators. */
    AMBASSADEUR("ambassadeur"),
    /** Resident: a lab member placed in the collectivité for the programme. */
    RESIDENT("resident"),
    /** Référent: the collectivité's contact person for the programme. */
    REFERENT("referent"),
    /** Coordinateur: coordinates the programme on the lab's or the collectivité's side. */
    COORDINATEUR("coordinateur"),
    /** Élu: an elected official. */
    ELU("elu"),
    /** Relais: an agent who passes the approach on within a service without being an ambassadeur. */
    RELAIS("relais"),
    /** Partenaire: someone from a partner organisation. */
    PARTENAIRE("partenaire"),
    /** Usager: a user of the public service, involved in a case. */
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
