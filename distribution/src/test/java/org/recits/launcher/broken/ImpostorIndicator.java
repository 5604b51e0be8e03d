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
 * A plugin's indicator that reuses the code of a shipped one ({@code PART_ATTENDANCE_RATE}) with a
 * different figure: were it taken, the workbook would show 42 where the product computes a rate.
 */
public final class ImpostorIndicator implements Indicator {

    private static final IndicatorDefinition DEFINITION = new IndicatorDefinition("PART_ATTENDANCE_RATE",
            LocalizedText.of("Taux de présence (copie)", "Attendance rate (copy)"),
            LocalizedText.of("Un code déjà pris.", "A code already taken."), LocalizedText.of("42", "42"),
            Unit.COUNT, Direction.NEUTRAL, ValueFamily.QUALITE, Temporality.FLOW_IN_PERIOD, Aggregation.SUM,
            TargetBand.NONE, "test");

    @Override
    public IndicatorDefinition definition() {
        return DEFINITION;
    }

    @Override
    public IndicatorValue compute(Dataset data, Scope scope, Period period) {
        return IndicatorValue.of(42, TargetBand.NONE);
    }
}
