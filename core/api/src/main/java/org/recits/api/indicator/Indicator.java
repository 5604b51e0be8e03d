package org.recits.api.indicator;

import java.util.List;
import org.recits.api.data.Dataset;
import org.recits.api.model.LocalizedText;
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

    /**
     * What this indicator is; the same object every call.
     *
     * @return the definition
     */
    IndicatorDefinition definition();

    /**
     * Computes the value for one scope and period.
     *
     * @param data   the dataset, already checked
     * @param scope  a collectivité, or the programme ({@link Scope#isProgramme()})
     * @param period the period
     * @return the value, or {@link IndicatorValue#notComputable} with a reason; never null
     */
    IndicatorValue compute(Dataset data, Scope scope, Period period);

    /**
     * Computes the values for several scopes and periods at once; the engine calls this rather than
     * {@link #compute} pair by pair. The default calls {@link #compute} for each pair. Override it when
     * one pass over the data can serve every pair (a survey indicator over millions of answers); the
     * values must be those {@link #compute} gives.
     *
     * @param data    the dataset, already checked
     * @param scopes  the scopes, programme and collectivités
     * @param periods the periods
     * @return one list per scope, in the order of {@code scopes}, each holding one value per period, in the
     *         order of {@code periods}
     */
    default List<List<IndicatorValue>> computeAll(Dataset data, List<Scope> scopes, List<Period> periods) {
        List<List<IndicatorValue>> values = new java.util.ArrayList<>(scopes.size());
        for (Scope scope : scopes) {
            List<IndicatorValue> row = new java.util.ArrayList<>(periods.size());
            for (Period period : periods) {
                row.add(compute(data, scope, period));
            }
            values.add(row);
        }
        return values;
    }

    /**
     * What this indicator says in words about its value, for the narrative élus read: complete
     * sentences in French and English that name the figure, e.g. « 18 ambassadeurs actifs sur 20
     * attendus ». The narrative renderer writes a generic sentence from the definition when this is
     * empty, so implementing it is optional. Called only for a value that may be shown (computable,
     * not suppressed).
     *
     * @param scope    the scope of the value
     * @param period   the report's period
     * @param current  the value for {@code period}
     * @param previous the value for the period just before, or null when there is none to compare with
     * @return sentences, possibly none; never null
     */
    default List<LocalizedText> sentences(Scope scope, Period period, IndicatorValue current,
            IndicatorValue previous) {
        return List.of();
    }

    /**
     * The same, with the scope's display name, for sentences that name the place: the engine calls this
     * one. A {@link Scope} carries only the collectivité's id ({@code metz}), which a sentence must not
     * show. The default calls {@link #sentences(Scope, Period, IndicatorValue, IndicatorValue)}, so an
     * indicator that names no place overrides that one only.
     *
     * @param scope    the scope of the value
     * @param name     the collectivité's name as {@code collectivites.csv} writes it (« Ville de Belrive »),
     *                 its id when that file has no row for it, or null for the programme
     * @param period   the report's period
     * @param current  the value for {@code period}
     * @param previous the value for the period just before, or null when there is none to compare with
     * @return sentences, possibly none; never null
     * @since 1.4
     */
    default List<LocalizedText> sentences(Scope scope, String name, Period period, IndicatorValue current,
            IndicatorValue previous) {
        return sentences(scope, period, current, previous);
    }
}
