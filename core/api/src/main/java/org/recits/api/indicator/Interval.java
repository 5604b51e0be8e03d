package org.recits.api.indicator;

/**
 * An interval of values; a null bound is open-ended.
 *
 * @param low           lower bound, or null for none
 * @param lowInclusive  whether {@code low} itself is in
 * @param high          upper bound, or null for none
 * @param highInclusive whether {@code high} itself is in
 */
public record Interval(Double low, boolean lowInclusive, Double high, boolean highInclusive) {

    /** {@code [low, high]}. */
    public static Interval closed(double low, double high) {
        return new Interval(low, true, high, true);
    }

    /** {@code [low, high)}. */
    public static Interval closedOpen(double low, double high) {
        return new Interval(low, true, high, false);
    }

    /** {@code (low, high]}. */
    public static Interval openClosed(double low, double high) {
        return new Interval(low, false, high, true);
    }

    /** {@code ≥ low}. */
    public static Interval atLeast(double low) {
        return new Interval(low, true, null, false);
    }

    /** {@code > low}. */
    public static Interval above(double low) {
        return new Interval(low, false, null, false);
    }

    /** {@code ≤ high}. */
    public static Interval atMost(double high) {
        return new Interval(null, false, high, true);
    }

    /** {@code < high}. */
    public static Interval below(double high) {
        return new Interval(null, false, high, false);
    }

    public boolean contains(double v) {
        boolean lowOk = low == null || (lowInclusive ? v >= low : v > low);
        boolean highOk = high == null || (highInclusive ? v <= high : v < high);
        return lowOk && highOk;
    }

    /** The interval with both bounds multiplied by {@code factor} (for targets prorated to progress). */
    public Interval scaled(double factor) {
        return new Interval(low == null ? null : low * factor, lowInclusive, high == null ? null : high * factor,
                highInclusive);
    }
}
