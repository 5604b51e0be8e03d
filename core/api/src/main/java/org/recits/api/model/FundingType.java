package org.recits.api.model;

/** Kind of funder (financements.csv {@code type}). */
public enum FundingType implements Coded {
    /** The collectivité itself, from its own budget. */
    COLLECTIVITE("collectivite"),
    /** A partner organisation (another public body, an association, a company). */
    PARTENAIRE("partenaire"),
    /** A foundation. */
    FONDATION("fondation"),
    /** The State or one of its agencies. */
    ETAT("etat"),
    /** European Union funds. */
    EUROPE("europe"),
    /** Any other funder. */
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
