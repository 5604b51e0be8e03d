package org.recits.testkit;

import java.util.List;
import org.recits.api.data.Dataset;
import org.recits.api.indicator.Aggregation;
import org.recits.api.indicator.Direction;
import org.recits.api.indicator.Indicator;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.indicator.Interval;
import org.recits.api.indicator.TargetBand;
import org.recits.api.indicator.Temporality;
import org.recits.api.indicator.Unit;
import org.recits.api.indicator.ValueFamily;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;

/** A small indicator to test the testkit with: counted days in the period, green from 3. */
class DaysInPeriod implements Indicator {

    static final TargetBand BAND = TargetBand.of(List.of(Interval.atLeast(3)), List.of(Interval.closedOpen(1, 3)),
            LocalizedText.of("≥ 3 / 1–3 / < 1"));
    private static final IndicatorDefinition DEF = new IndicatorDefinition("TEST_DAYS",
            LocalizedText.of("Jours", "Days"), LocalizedText.of("Jours comptés.", "Counted days."),
            LocalizedText.of("Σ jours", "Σ days"), Unit.DAYS, Direction.HIGHER_IS_BETTER, ValueFamily.PROTOCOLE,
            Temporality.FLOW_IN_PERIOD, Aggregation.SUM, BAND, "test");

    @Override
    public IndicatorDefinition definition() {
        return DEF;
    }

    @Override
    public IndicatorValue compute(Dataset data, Scope scope, Period period) {
        double days = data.sessions(scope).stream().filter(Session::isCounted)
                .filter(s -> period.contains(s.dateDebut())).mapToDouble(Session::jours).sum();
        if (days == 0) {
            return IndicatorValue.notComputable(LocalizedText.of("aucune session", "no session"), BAND);
        }
        return IndicatorValue.of(days, BAND);
    }

    @Override
    public List<LocalizedText> sentences(Scope scope, Period period, IndicatorValue current, IndicatorValue previous) {
        String was = previous == null ? "" : " (" + previous.value().intValue() + " avant)";
        String wasEn = previous == null ? "" : " (" + previous.value().intValue() + " before)";
        return List.of(LocalizedText.of(current.value().intValue() + " jours" + was,
                current.value().intValue() + " days" + wasEn));
    }
}
