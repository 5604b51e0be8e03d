package org.recits.api.report;

import java.util.List;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Scope;

/**
 * One indicator for one scope: the value for the report's period and the trend before it.
 *
 * @param definition the indicator's definition
 * @param provider   the plugin that computed it ({@code bundle-symbolic-name version})
 * @param scope      the scope
 * @param current    the report's period
 * @param previous   the previous periods, oldest first
 * @param sentences  what the indicator says about the current value in words (see
 *                   {@link org.recits.api.indicator.Indicator#sentences}); empty when it says nothing
 *                   or the value may not be shown
 */
public record IndicatorResult(IndicatorDefinition definition, String provider, Scope scope, Observation current,
        List<Observation> previous, List<LocalizedText> sentences) {

    /**
     * Copies the lists; null sentences mean none.
     *
     * @param definition the indicator's definition
     * @param provider   the plugin that computed it ({@code bundle-symbolic-name version})
     * @param scope      the scope
     * @param current    the report's period
     * @param previous   the previous periods, oldest first
     * @param sentences  what the indicator says about the current value in words (see
     *                   {@link org.recits.api.indicator.Indicator#sentences}); empty when it says nothing
     *                   or the value may not be shown
     */
    public IndicatorResult {
        previous = List.copyOf(previous);
        sentences = sentences == null ? List.of() : List.copyOf(sentences);
    }

    /**
     * A result without sentences.
     *
     * @param definition the indicator's definition
     * @param provider   the plugin that computed it ({@code bundle-symbolic-name version})
     * @param scope      the scope
     * @param current    the report's period
     * @param previous   the previous periods, oldest first
     */
    public IndicatorResult(IndicatorDefinition definition, String provider, Scope scope, Observation current,
            List<Observation> previous) {
        this(definition, provider, scope, current, previous, List.of());
    }

    /**
     * The observation just before the current one, to compare with.
     *
     * @return the latest of {@code previous}, or null when there is no trend
     */
    public Observation last() {
        return previous.isEmpty() ? null : previous.get(previous.size() - 1);
    }
}
