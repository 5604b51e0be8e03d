package org.recits.api.model;

/** Kind of funder (financements.csv {@code type}). */
public enum FundingType implements Coded {
    COLLECTIVITE("collectivite"),
    PARTENAIRE("partenaire"),
    FONDATION("fondation"),
    ETAT("etat"),
    EUROPE("europe"),
    AUTRE("autre");

    private final String code;

    FundingType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
