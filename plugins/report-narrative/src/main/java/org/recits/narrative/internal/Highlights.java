package org.recits.narrative.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.recits.api.indicator.ChartKind;
import org.recits.api.indicator.Interval;
import org.recits.api.indicator.Status;
import org.recits.api.indicator.Theme;
import org.recits.api.indicator.Unit;
import org.recits.api.indicator.ValueFamily;
import org.recits.api.report.IndicatorResult;
import org.recits.api.report.Observation;

/**
 * The three figures the brief's key messages are about, chosen from the programme's results by rule:
 * the largest change against the previous period, the target most clearly met or missed, and the
 * strongest of the four values. A value that rests on few units ({@code restsOnFew}) is never chosen: a
 * rate on one session going from 0 to 100 % is the largest change in the data and says nothing. One
 * indicator makes at most one message; ties go by code, so the same report gives the same messages.
 */
final class Highlights {

    /** Why a result was chosen, which gives its message's title. */
    enum Kind { CHANGE, TARGET_MET, TARGET_MISSED, STRONGEST_VALUE }

    /** A chosen result. */
    record Highlight(Kind kind, IndicatorResult result) {
    }

    static final Set<ValueFamily> FOUR_VALUES = Set.of(ValueFamily.DEMOCRATIE, ValueFamily.QUALITE,
            ValueFamily.IMPACT, ValueFamily.PRODUCTIVITE);

    private Highlights() {
    }

    /** Up to three highlights among {@code programme}'s results, in the order above. */
    static List<Highlight> pick(List<IndicatorResult> programme, Typo ty) {
        List<IndicatorResult> solid = programme.stream().filter(Highlights::solid).toList();
        List<Highlight> out = new ArrayList<>();
        largestChange(solid, ty).ifPresent(r -> out.add(new Highlight(Kind.CHANGE, r)));
        clearestTarget(without(solid, out)).ifPresent(out::add);
        strongestValue(without(solid, out)).ifPresent(r -> out.add(new Highlight(Kind.STRONGEST_VALUE, r)));
        return out;
    }

    /** A value that may carry a message: shown, computable, not resting on few units. */
    static boolean solid(IndicatorResult r) {
        Observation o = r.current();
        return o.isShowable() && o.value().isComputable() && !o.value().restsOnFew();
    }

    private static List<IndicatorResult> without(List<IndicatorResult> rs, List<Highlight> chosen) {
        return rs.stream().filter(r -> chosen.stream().noneMatch(h -> h.result() == r)).toList();
    }

    /**
     * The largest change as printed: units differ, so each change is measured on its own scale (points
     * of percentage over 100, points of a score over the 1–5 range, other quantities relative to the
     * previous value); a change that rounds to nothing is no change.
     */
    static Optional<IndicatorResult> largestChange(List<IndicatorResult> rs, Typo ty) {
        return rs.stream().filter(r -> change(r, ty) > 0)
                .max(Comparator.comparingDouble((IndicatorResult r) -> change(r, ty))
                        .thenComparing(r -> r.definition().code(), Comparator.reverseOrder()));
    }

    /** The size of the change on a common scale, 0 when there is none to compare or it rounds to nothing. */
    static double change(IndicatorResult r, Typo ty) {
        Observation last = r.last();
        if (last == null || !last.isShowable() || !last.value().isComputable()) {
            return 0;
        }
        Unit unit = r.definition().unit();
        double cur = ty.rounded(r.current().value().value(), unit);
        double prev = ty.rounded(last.value().value(), unit);
        double d = Math.abs(cur - prev);
        return switch (unit) {
            case PERCENT -> d;
            case SCORE, SCORE_DELTA -> d / 4;
            default -> prev == 0 ? (d == 0 ? 0 : 1) : d / Math.abs(prev);
        };
    }

    /**
     * The target met or missed by the widest margin, relative to the bound it is measured from: a green
     * value's distance inside its band, a red value's distance to the nearest bound of an orange or green
     * band.
     */
    static Optional<Highlight> clearestTarget(List<IndicatorResult> rs) {
        Highlight best = null;
        double margin = 0;
        for (IndicatorResult r : rs.stream().sorted(Comparator.comparing(r -> r.definition().code())).toList()) {
            var v = r.current().value();
            if (v.status() != Status.GREEN && v.status() != Status.RED) {
                continue;
            }
            double m = v.status() == Status.GREEN ? inside(v.value(), v.target().green())
                    : outside(v.value(), v.target().green(), v.target().orange());
            if (m > margin) {
                margin = m;
                best = new Highlight(v.status() == Status.GREEN ? Kind.TARGET_MET : Kind.TARGET_MISSED, r);
            }
        }
        return Optional.ofNullable(best);
    }

    /** How far inside its band a value is: the distance to the nearest finite bound, relative to it. */
    private static double inside(double v, List<Interval> bands) {
        double m = Double.MAX_VALUE;
        boolean bounded = false;
        for (Interval i : bands) {
            if (i.contains(v)) {
                if (i.low() != null) {
                    m = Math.min(m, relative(v, i.low()));
                    bounded = true;
                }
                if (i.high() != null) {
                    m = Math.min(m, relative(v, i.high()));
                    bounded = true;
                }
            }
        }
        return bounded ? m : 0;
    }

    /** How far a red value is from every band that is not red, relative to the nearest bound. */
    private static double outside(double v, List<Interval> green, List<Interval> orange) {
        double m = Double.MAX_VALUE;
        List<Interval> all = new ArrayList<>(green);
        all.addAll(orange);
        for (Interval i : all) {
            if (i.low() != null) {
                m = Math.min(m, relative(v, i.low()));
            }
            if (i.high() != null) {
                m = Math.min(m, relative(v, i.high()));
            }
        }
        return m == Double.MAX_VALUE ? 0 : m;
    }

    private static double relative(double v, double bound) {
        return Math.abs(v - bound) / Math.max(Math.abs(bound), 1e-9);
    }

    /** The highest of the four values' scores (see {@link #valueScores}). */
    static Optional<IndicatorResult> strongestValue(List<IndicatorResult> rs) {
        return valueScores(rs).values().stream()
                .max(Comparator.comparingDouble((IndicatorResult r) -> r.current().value().value())
                        .thenComparing(r -> r.definition().code(), Comparator.reverseOrder()));
    }

    /**
     * Each of the four values' score on 5, in the values' order: among the solid results of that family
     * charted with the values (the questionnaires' scores, session satisfaction; not the group's weather,
     * which is the group's mood), the one resting on the most answers, then by code.
     */
    static Map<ValueFamily, IndicatorResult> valueScores(List<IndicatorResult> rs) {
        Map<ValueFamily, IndicatorResult> out = new EnumMap<>(ValueFamily.class);
        rs.stream().filter(r -> solid(r) && isValueScore(r))
                .sorted(Comparator.comparingInt((IndicatorResult r) -> -n(r)).thenComparing(r -> r.definition().code()))
                .forEach(r -> out.putIfAbsent(r.definition().family(), r));
        return out;
    }

    private static int n(IndicatorResult r) {
        Integer n = r.current().value().sampleSize();
        return n == null ? 0 : n;
    }

    /** One of the four values measured as a score on 5 and charted with the values. */
    static boolean isValueScore(IndicatorResult r) {
        var d = r.definition();
        return d.unit() == Unit.SCORE && FOUR_VALUES.contains(d.family()) && d.roles().chart().kind() == ChartKind.VALUES
                && d.roles().theme() == Theme.FAMILY;
    }
}
