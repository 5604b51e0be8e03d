package org.recits.launcher.broken;

import java.util.List;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.Aggregation;
import org.recits.api.indicator.Direction;
import org.recits.api.indicator.Indicator;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.indicator.TargetBand;
import org.recits.api.indicator.Temporality;
import org.recits.api.indicator.Unit;
import org.recits.api.indicator.ValueFamily;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;

/** A plugin's indicator whose figure is fine but whose sentences for the narrative throw. */
public final class ThrowingSentences implements Indicator {

    private static final IndicatorDefinition DEFINITION = new IndicatorDefinition("EX_PHRASES",
            LocalizedText.of("Indicateur aux phrases défectueuses", "Indicator with broken sentences"),
            LocalizedText.of("Compte jusqu’à 42.", "Counts to 42."), LocalizedText.of("42", "42"), Unit.COUNT,
            Direction.NEUTRAL, ValueFamily.QUALITE, Temporality.FLOW_IN_PERIOD, Aggregation.SUM, TargetBand.NONE,
            "test");

    @Override
    public IndicatorDefinition definition() {
        return DEFINITION;
    }

    @Override
    public IndicatorValue compute(Dataset data, Scope scope, Period period) {
        return IndicatorValue.of(42, TargetBand.NONE);
    }

    @Override
    public List<LocalizedText> sentences(Scope scope, Period period, IndicatorValue current,
            IndicatorValue previous) {
        throw new IllegalArgumentException("PhraseBuilderException: gabarit introuvable");
    }
}
