package org.recits.api.indicator;

import org.recits.api.data.Dataset;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;

/**
 * A figure of the report. Register implementations as OSGi services; the engine computes each one
 * for every collectivité and for the programme, for the requested period and the four before it.
 *
 * <p>Implementations must be stateless and thread-safe, and must not throw for missing data: return
 * {@link IndicatorValue#notComputable} with a reason. An exception is reported as a failure of the
 * plugin, and the rest of the report goes on.
 */
public interface Indicator {

    /** What this indicator is; the same object every call. */
    IndicatorDefinition definition();

    /**
     * Computes the value for one scope and period.
     *
     * @param data   the dataset, already checked
     * @param scope  a collectivité, or the programme ({@link Scope#isProgramme()})
     * @param period the period
     */
    IndicatorValue compute(Dataset data, Scope scope, Period period);
}
