package org.recits.indicators.values.internal;

import java.util.List;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.model.Measure;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;

/**
 * Base of the indicators built from the answers to one measure: each computes every scope and period
 * at once ({@link #computeAll}, one walk of {@link AnswerPass}), and one value is the batch of one.
 */
abstract class SurveyIndicator extends ValuesIndicator {

    final Measure measure;

    /** @param definition the definition, to which the answers to {@code measure} are declared read */
    SurveyIndicator(Measure measure, IndicatorDefinition definition) {
        super(definition.withAnswersRead(measure));
        this.measure = measure;
    }

    @Override
    public final IndicatorValue compute(Dataset data, Scope scope, Period period) {
        return computeAll(data, List.of(scope), List.of(period)).get(0).get(0);
    }

    @Override
    public abstract List<List<IndicatorValue>> computeAll(Dataset data, List<Scope> scopes, List<Period> periods);
}
