package org.recits.launcher.broken;

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

/**
 * Base of this package's plugin indicators: a count with no band, whose figure is 42 unless a subclass
 * breaks it. {@link BrokenPlugins} packs it into each bundle beside the subclass.
 */
public abstract class TestIndicator implements Indicator {

    private final IndicatorDefinition definition;

    protected TestIndicator(String code, LocalizedText label, LocalizedText description, LocalizedText formula) {
        definition = new IndicatorDefinition(code, label, description, formula, Unit.COUNT, Direction.NEUTRAL,
                ValueFamily.QUALITE, Temporality.FLOW_IN_PERIOD, Aggregation.SUM, TargetBand.NONE, "test");
    }

    @Override
    public final IndicatorDefinition definition() {
        return definition;
    }

    @Override
    public IndicatorValue compute(Dataset data, Scope scope, Period period) {
        return IndicatorValue.of(42, TargetBand.NONE);
    }
}
