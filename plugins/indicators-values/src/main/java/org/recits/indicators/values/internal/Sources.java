package org.recits.indicators.values.internal;

import org.recits.api.model.LocalizedText;

/** Where this bundle's definitions come from, in French and English (Définitions' Source column). */
final class Sources {

    static final LocalizedText RECITS_V1 = LocalizedText.of("définitions Récits v1", "Récits definitions v1");
    static final LocalizedText SURVEY_MEASURES = LocalizedText.of("Récits (mesures des questionnaires)",
            "Récits (survey measures)");
    static final LocalizedText CATALOGUE = LocalizedText.of("catalogue de recherche", "research catalogue");
    static final LocalizedText CATALOGUE_ATTENDANCE = LocalizedText.of("catalogue de recherche (adapté\u00a0: présences)",
            "research catalogue (adapted: attendance)");
    static final LocalizedText CATALOGUE_BEFORE_AFTER = LocalizedText.of(
            "catalogue de recherche (adapté\u00a0: questionnaires avant/après)",
            "research catalogue (adapted: before and after surveys)");
    static final LocalizedText CATALOGUE_CASES = LocalizedText.of("catalogue de recherche (adapté\u00a0: statut des cas)",
            "research catalogue (adapted: status of the cases)");

    private Sources() {
    }
}
