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

    /**
     * Checks that a value is finite and that a missing value has a reason; a null target means
     * {@link TargetBand#NONE}, null details none.
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
     * @throws IllegalArgumentException when {@code value} and {@code reason} are both null, or the value is
     *         NaN or infinite
     */
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

    /**
     * A value judged against {@code target}.
     *
     * @param value  the figure
     * @param target the band that gives its status
     * @return the value with its status
     */
    public static IndicatorValue of(double value, TargetBand target) {
        return new IndicatorValue(value, null, null, null, null, null, target.statusOf(value), target, null, null,
                null);
    }

    /**
     * A ratio that keeps its numerator and denominator; not computable when the denominator is zero.
     *
     * @param numerator   the numerator (a sum)
     * @param denominator the denominator
     * @param target      the band that gives the ratio's status
     * @param whenZero    the reason given when {@code denominator} is zero
     * @return the ratio, or "n/d" when {@code denominator} is zero
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

    /**
     * "n/d", with the reason.
     *
     * @param reason why there is no value, shown to the reader
     * @param target the band the value would have been judged against
     * @return a value that is not computable, with status {@link Status#NONE}
     */
    public static IndicatorValue notComputable(LocalizedText reason, TargetBand target) {
        return new IndicatorValue(null, null, null, null, null, null, Status.NONE, target,
                Objects.requireNonNull(reason, "reason"), null, null);
    }

    /**
     * Whether there is a figure, rather than "n/d".
     *
     * @return true when {@link #value()} is not null
     */
    public boolean isComputable() {
        return value != null;
    }

    /**
     * Below this many units (sessions, answers…), a rate or a mean is said to rest on little data: one
     * session at 100 % is not a trend. Renderers show the n beside such values whatever it is, and
     * mark it when it is below this.
     */
    public static final int FEW = 5;

    /**
     * How many units the value rests on: its {@link Detail#SAMPLE_SIZE} detail, else its population.
     *
     * @return the n shown beside the value, or null when the value says none
     */
    public Integer sampleSize() {
        for (Detail d : details) {
            if (d.key().equals(Detail.SAMPLE_SIZE)) {
                return (int) Math.round(d.value());
            }
        }
        return population;
    }

    /**
     * Whether the value is a figure resting on fewer than {@link #FEW} units.
     *
     * @return true when computable with a {@link #sampleSize()} below {@link #FEW}
     */
    public boolean restsOnFew() {
        Integer n = sampleSize();
        return value != null && n != null && n < FEW;
    }

    /**
     * This value with the number of people it is built on, for small-number suppression.
     *
     * @param people how many participants or respondents
     * @return a copy with {@code population} set
     */
    public IndicatorValue withPopulation(int people) {
        return new IndicatorValue(value, numerator, denominator, people, ciLow, ciHigh, status, target, reason, note,
                details);
    }

    /**
     * This value with its 95 % confidence interval.
     *
     * @param low  lower bound
     * @param high upper bound
     * @return a copy with {@code ciLow} and {@code ciHigh} set
     */
    public IndicatorValue withInterval(double low, double high) {
        return new IndicatorValue(value, numerator, denominator, population, low, high, status, target, reason, note,
                details);
    }

    /**
     * This value with another status, e.g. after judging it against a prorated band.
     *
     * @param newStatus the status to use
     * @return a copy with {@code status} replaced
     */
    public IndicatorValue withStatus(Status newStatus) {
        return new IndicatorValue(value, numerator, denominator, population, ciLow, ciHigh, newStatus, target, reason,
                note, details);
    }

    /**
     * This value with a note on how it was computed.
     *
     * @param newNote the note for the reader
     * @return a copy with {@code note} replaced
     */
    public IndicatorValue withNote(LocalizedText newNote) {
        return new IndicatorValue(value, numerator, denominator, population, ciLow, ciHigh, status, target, reason,
                newNote, details);
    }

    /**
     * This value with one more secondary figure.
     *
     * @param detail the figure to add after the existing ones
     * @return a copy with {@code detail} appended
     */
    public IndicatorValue withDetail(Detail detail) {
        List<Detail> d = new ArrayList<>(details);
        d.add(detail);
        return new IndicatorValue(value, numerator, denominator, population, ciLow, ciHigh, status, target, reason,
                note, d);
    }
}
