package org.recits.engine.internal.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.Indicator;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;

/**
 * The lab level's figures of a consolidated report: each indicator's values for the programme of each lab's own
 * records. The labs are taken one at a time: a lab's records are copied out of the programme's, every indicator
 * computes on them side by side, and the copy is let go before the next lab's is made. Holding every lab's copy
 * at once, as the report did, doubled its data (at ×1000 in ten labs, 20 million survey answers more).
 */
final class LabFigures {

    /** For a report with no lab level. */
    static final LabFigures NONE = new LabFigures(List.of());

    /** By indicator (in the order given), by lab: its values by period, or what the indicator threw. */
    private final List<Map<String, Object>> byIndicator;

    private LabFigures(List<Map<String, Object>> byIndicator) {
        this.byIndicator = byIndicator;
    }

    /**
     * @param labs       the labs, in the report's order
     * @param recordsOf  a lab's own records, made when that lab's turn comes
     * @param indicators the indicators, each asked for the programme of every lab
     * @param pool       the workers the indicators run on
     */
    static LabFigures compute(List<String> labs, Function<String, Dataset> recordsOf, List<Indicator> indicators,
            List<Period> periods, ExecutorService pool) throws IOException {
        List<Map<String, Object>> byIndicator = new ArrayList<>(indicators.size());
        indicators.forEach(i -> byIndicator.add(new HashMap<>()));
        for (String lab : labs) {
            Dataset records = recordsOf.apply(lab);
            List<Future<Object>> futures = new ArrayList<>(indicators.size());
            for (Indicator indicator : indicators) {
                futures.add(pool.submit(() -> programmeOf(indicator, records, periods)));
            }
            for (int i = 0; i < futures.size(); i++) {
                byIndicator.get(i).put(lab, Workers.await(futures.get(i)));
            }
        }
        return new LabFigures(byIndicator);
    }

    /**
     * One lab's values of one indicator, by period; what the indicator threw for that lab is thrown here, where the
     * report would have met it computing the lab then.
     *
     * @param indicator the indicator's index in the list {@link #compute} was given
     */
    List<IndicatorValue> values(int indicator, String lab) {
        Object v = byIndicator.get(indicator).get(lab);
        if (v instanceof RuntimeException e) {
            throw e;
        }
        if (v instanceof LinkageError e) {
            throw e;
        }
        if (v == null) {
            throw new IllegalStateException("no figures for lab " + lab);
        }
        @SuppressWarnings("unchecked")
        List<IndicatorValue> values = (List<IndicatorValue>) v;
        return values;
    }

    private static Object programmeOf(Indicator indicator, Dataset records, List<Period> periods) {
        List<Scope> programme = List.of(Scope.programme());
        try {
            return ReportAssembler.checked(indicator.computeAll(records, programme, periods), programme).get(0);
        } catch (RuntimeException | LinkageError e) {
            // kept for the indicator's turn in the report, which drops its figures and names it as failed
            return e;
        }
    }
}
