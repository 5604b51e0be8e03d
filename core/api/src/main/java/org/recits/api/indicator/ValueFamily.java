package org.recits.api.indicator;

import org.recits.api.model.LocalizedText;

/** The family an indicator reports on: the programme's four values, then capacitation, protocol and finance. */
public enum ValueFamily {
    DEMOCRATIE(LocalizedText.of("Démocratie", "Democracy")),
    QUALITE(LocalizedText.of("Qualité", "Quality")),
    IMPACT(LocalizedText.of("Impact", "Impact")),
    PRODUCTIVITE(LocalizedText.of("Productivité", "Productivity")),
    CAPACITATION(LocalizedText.of("Capacitation", "Capacity building")),
    PARTICIPATION(LocalizedText.of("Participation", "Participation")),
    PROTOCOLE(LocalizedText.of("Protocole", "Protocol")),
    FINANCE(LocalizedText.of("Financement", "Funding"));

    private final LocalizedText label;

    ValueFamily(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }
}
