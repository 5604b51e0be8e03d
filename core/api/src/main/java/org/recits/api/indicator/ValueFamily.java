package org.recits.api.indicator;

import org.recits.api.model.LocalizedText;

/** The family an indicator reports on: the programme's four values, then capacitation, protocol and finance. */
public enum ValueFamily {
    /** Démocratie: how far agents and citizens take part in public action. */
    DEMOCRATIE(LocalizedText.of("Démocratie", "Democracy")),
    /** Qualité: the quality of the public service delivered. */
    QUALITE(LocalizedText.of("Qualité", "Quality")),
    /** Impact: the effects on users and the territory. */
    IMPACT(LocalizedText.of("Impact", "Impact")),
    /** Productivité: what the work costs and what it yields. */
    PRODUCTIVITE(LocalizedText.of("Productivité", "Productivity")),
    /** Capacitation: the skills and power to act the agents gain. */
    CAPACITATION(LocalizedText.of("Capacitation", "Capacity building")),
    /** Participation: who comes and stays (ambassadeurs, attendance, retention, diversity). */
    PARTICIPATION(LocalizedText.of("Participation", "Participation")),
    /** Protocole: whether the programme runs as designed (sessions, InterTransfos, cases). */
    PROTOCOLE(LocalizedText.of("Protocole", "Protocol")),
    /** Financement: who pays and what a trained day costs. */
    FINANCE(LocalizedText.of("Financement", "Funding"));

    private final LocalizedText label;

    ValueFamily(LocalizedText label) {
        this.label = label;
    }

    /**
     * The family's name, as a heading in the report.
     *
     * @return the label, in French and English
     */
    public LocalizedText label() {
        return label;
    }
}
