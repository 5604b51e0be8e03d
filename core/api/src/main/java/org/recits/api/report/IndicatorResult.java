package org.recits.api.report;

import java.util.List;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.model.Scope;

/**
 * One indicator for one scope: the value for the report's period and the trend before it.
 *
 * @param definition the indicator's definition
 * @param provider   the plugin that computed it ({@code bundle-symbolic-name version})
 * @param scope      the scope
 * @param current    the report's period
 * @param previous   the previous periods, oldest first
 */
public record IndicatorResult(IndicatorDefinition definition, String provider, Scope scope, Observation current,
        List<Observation> previous) {

    public IndicatorResult {
        previous = List.copyOf(previous);
    }
}
