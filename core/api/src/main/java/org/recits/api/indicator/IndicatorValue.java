package org.recits.api.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.recits.api.model.LocalizedText;

/**
 * An indicator's value for one scope and period, or the reason it cannot be computed ("n/d"),
 * never a zero standing in for missing data.
 *
 * @param value       the figure, or null when not computable
 * @param numerator   for ratios and means, the numerator (sum); else null
 * @param denominator for ratios and means, the denominator; else null
 * @param population  how many people (participants, respondents) the figure is built on, for
 *                    small-number suppression; null when it is not about people
 * @param ciLow       lower bound of a 95 % confidence interval, or null
 * @param ciHigh      upper bound of a 95 % confidence interval, or null
 * @param status      standing against {@code target}
 * @param target      the band the value was judged against (the definition's, or one prorated)
 * @param reason      why there is no value; null when there is one
 * @param note        how it was computed when that matters to the reader (paired respondents…); or null
 * @param details     secondary figures
 */
public record IndicatorValue(Double value, Double numerator, Double denominator, Integer population, Double ciLow,
        Double ciHigh, Status status, TargetBand target, LocalizedText reason, LocalizedText note,
        List<Detail> details) {

    public IndicatorValue {
        Objects.requireNonNull(status, "status");
        target = target == null ? TargetBand.NONE : target;
        details = details == null ? List.of() : List.copyOf(details);
        if (value == null && reason == null) {
            throw new IllegalArgumentException("a value that cannot be computed needs a reason");
        }
        if (value != null && (value.isNaN() || value.isInfinite())) {
            throw new IllegalArgumentException("value must be finite: " + value);
        }
    }

    /** A value judged against {@code target}. */
    public static IndicatorValue of(double value, TargetBand target) {
        return new IndicatorValue(value, null, null, null, null, null, target.statusOf(value), target, null, null,
                null);
    }

    /**
     * A ratio that keeps its numerator and denominator; not computable when the denominator is zero.
     *
     * @param whenZero the reason given when {@code denominator} is zero
     */
    public static IndicatorValue ratio(double numerator, double denominator, TargetBand target,
            LocalizedText whenZero) {
        if (denominator == 0) {
            return new IndicatorValue(null, numerator, denominator, null, null, null, Status.NONE, target, whenZero,
                    null, null);
        }
        double v = numerator / denominator;
        return new IndicatorValue(v, numerator, denominator, null, null, null, target.statusOf(v), target, null,
                null, null);
    }

    /** "n/d", with the reason. */
    public static IndicatorValue notComputable(LocalizedText reason, TargetBand target) {
        return new IndicatorValue(null, null, null, null, null, null, Status.NONE, target,
                Objects.requireNonNull(reason, "reason"), null, null);
    }

    public boolean isComputable() {
        return value != null;
    }

    public IndicatorValue withPopulation(int people) {
        return new IndicatorValue(value, numerator, denominator, people, ciLow, ciHigh, status, target, reason, note,
                details);
    }

    public IndicatorValue withInterval(double low, double high) {
        return new IndicatorValue(value, numerator, denominator, population, low, high, status, target, reason, note,
                details);
    }

    public IndicatorValue withStatus(Status newStatus) {
        return new IndicatorValue(value, numerator, denominator, population, ciLow, ciHigh, newStatus, target, reason,
                note, details);
    }

    public IndicatorValue withNote(LocalizedText newNote) {
        return new IndicatorValue(value, numerator, denominator, population, ciLow, ciHigh, status, target, reason,
                newNote, details);
    }

    public IndicatorValue withDetail(Detail detail) {
        List<Detail> d = new ArrayList<>(details);
        d.add(detail);
        return new IndicatorValue(value, numerator, denominator, population, ciLow, ciHigh, status, target, reason,
                note, d);
    }
}
