package org.recits.launcher.broken;

import org.recits.api.data.Dataset;
import org.recits.api.indicator.Indicator;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;

/** A plugin's component that cannot even be built: Declarative Services fails to activate it. */
public final class FailingActivation implements Indicator {

    public FailingActivation() {
        throw new IllegalStateException("fichier de configuration absent");
    }

    @Override
    public IndicatorDefinition definition() {
        throw new UnsupportedOperationException();
    }

    @Override
    public IndicatorValue compute(Dataset data, Scope scope, Period period) {
        throw new UnsupportedOperationException();
    }
}
