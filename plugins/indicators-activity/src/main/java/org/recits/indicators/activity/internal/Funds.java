package org.recits.indicators.activity.internal;

import org.recits.api.model.LocalizedText;

/** Reasons shared by the funding indicators. */
final class Funds {

    static final LocalizedText NONE = Texts.text("text.noFundingByThen");
    static final LocalizedText ZERO = Texts.text("text.everyFundingLineIs0");

    private Funds() {
    }
}
