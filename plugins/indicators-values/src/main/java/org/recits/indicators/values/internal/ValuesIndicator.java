package org.recits.indicators.values.internal;

import org.recits.api.indicator.ChartRole;
import org.recits.api.indicator.Indicator;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.IndicatorRoles;

/** Base of this bundle's indicators: holds the definition each one declares. */
abstract class ValuesIndicator implements Indicator {

    /** The roles of an indicator drawn in every chart kind and neither headline nor key figure. */
    static final IndicatorRoles CHARTED = IndicatorRoles.NONE.withChart(ChartRole.values());

    private final IndicatorDefinition definition;

    ValuesIndicator(IndicatorDefinition definition) {
        this.definition = definition;
    }

    @Override
    public final IndicatorDefinition definition() {
        return definition;
    }
}
