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

    /**
     * {@code [low, high]}: both bounds included.
     *
     * @param low  lower bound, included
     * @param high upper bound, included
     * @return the interval
     */
    public static Interval closed(double low, double high) {
        return new Interval(low, true, high, true);
    }

    /**
     * {@code [low, high)}: the lower bound included, the upper one not.
     *
     * @param low  lower bound, included
     * @param high upper bound, excluded
     * @return the interval
     */
    public static Interval closedOpen(double low, double high) {
        return new Interval(low, true, high, false);
    }

    /**
     * {@code (low, high]}: the lower bound excluded, the upper one included.
     *
     * @param low  lower bound, excluded
     * @param high upper bound, included
     * @return the interval
     */
    public static Interval openClosed(double low, double high) {
        return new Interval(low, false, high, true);
    }

    /**
     * {@code ≥ low}, with no upper bound.
     *
     * @param low lower bound, included
     * @return the interval
     */
    public static Interval atLeast(double low) {
        return new Interval(low, true, null, false);
    }

    /**
     * {@code > low}, with no upper bound.
     *
     * @param low lower bound, excluded
     * @return the interval
     */
    public static Interval above(double low) {
        return new Interval(low, false, null, false);
    }

    /**
     * {@code ≤ high}, with no lower bound.
     *
     * @param high upper bound, included
     * @return the interval
     */
    public static Interval atMost(double high) {
        return new Interval(null, false, high, true);
    }

    /**
     * {@code < high}, with no lower bound.
     *
     * @param high upper bound, excluded
     * @return the interval
     */
    public static Interval below(double high) {
        return new Interval(null, false, high, false);
    }

    /**
     * Whether a value lies in this interval, honouring each bound's inclusiveness.
     *
     * @param v the value to test
     * @return true when {@code v} is in
     */
    public boolean contains(double v) {
        boolean lowOk = low == null || (lowInclusive ? v >= low : v > low);
        boolean highOk = high == null || (highInclusive ? v <= high : v < high);
        return lowOk && highOk;
    }

    /**
     * The interval with both bounds multiplied by {@code factor} (for targets prorated to progress).
     *
     * @param factor the multiplier, e.g. the share of the programme elapsed
     * @return the scaled interval; open bounds stay open
     */
    public Interval scaled(double factor) {
        return new Interval(low == null ? null : low * factor, lowInclusive, high == null ? null : high * factor,
                highInclusive);
    }
}
