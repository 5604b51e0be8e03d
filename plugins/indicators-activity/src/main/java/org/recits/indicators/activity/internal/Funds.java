package org.recits.indicators.activity.internal;

import org.recits.api.model.LocalizedText;

/** Reasons shared by the funding indicators. */
final class Funds {

    static final LocalizedText NONE = LocalizedText.of("aucun financement à cette date", "no funding by then");
    static final LocalizedText ZERO = LocalizedText.of("financements tous à 0 €", "every funding line is €0");

    private Funds() {
    }
}
