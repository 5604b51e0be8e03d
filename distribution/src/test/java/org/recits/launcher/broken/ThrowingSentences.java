package org.recits.launcher.broken;

import java.util.List;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;

/** A plugin's indicator whose figure is fine but whose sentences for the narrative throw. */
public final class ThrowingSentences extends TestIndicator {

    public ThrowingSentences() {
        super("EX_PHRASES", LocalizedText.of("Indicateur aux phrases défectueuses", "Indicator with broken sentences"),
                LocalizedText.of("Compte jusqu’à 42.", "Counts to 42."), LocalizedText.of("42", "42"));
    }

    @Override
    public List<LocalizedText> sentences(Scope scope, Period period, IndicatorValue current,
            IndicatorValue previous) {
        throw new IllegalArgumentException("PhraseBuilderException: gabarit introuvable");
    }
}
