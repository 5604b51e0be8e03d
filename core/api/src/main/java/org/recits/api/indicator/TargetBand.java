package org.recits.api.indicator;

import java.util.List;
import java.util.Objects;
import org.recits.api.model.LocalizedText;

/**
 * The vert / orange / rouge bands of an indicator: a value in a green interval is green, else in an
 * orange one orange, else red.
 *
 * @param green  intervals judged green
 * @param orange intervals judged orange
 * @param text   the band as people write it, e.g. {@code 18–22 / 15–17 ou 23–25 / sinon}
 */
public record TargetBand(List<Interval> green, List<Interval> orange, LocalizedText text) {

    /** No band: the value is followed as a trend only. */
    public static final TargetBand NONE = new TargetBand(List.of(), List.of(),
            LocalizedText.of("pas de cible\u202F; tendance seulement", "no target; trend only"));

    /**
     * Copies the interval lists, so a band cannot change after it is made; {@code text} is required.
     *
     * @param green  intervals judged green
     * @param orange intervals judged orange
     * @param text   the band as people write it, e.g. {@code 18–22 / 15–17 ou 23–25 / sinon}
     */
    public TargetBand {
        green = List.copyOf(green);
        orange = List.copyOf(orange);
        Objects.requireNonNull(text, "text");
    }

    /**
     * A band from its green and orange intervals; anything outside both is red.
     *
     * @param green  intervals judged green
     * @param orange intervals judged orange
     * @param text   the band as people write it
     * @return the band
     */
    public static TargetBand of(List<Interval> green, List<Interval> orange, LocalizedText text) {
        return new TargetBand(green, orange, text);
    }

    /**
     * Whether this band judges nothing (no green and no orange interval), like {@link #NONE}.
     *
     * @return true when the value is followed as a trend only
     */
    public boolean isNone() {
        return green.isEmpty() && orange.isEmpty();
    }

    /**
     * Judges a value: green if it is in a green interval, else orange if in an orange one, else red.
     *
     * @param value the figure to judge
     * @return its status; {@link Status#NONE} for a band that judges nothing or a NaN value
     */
    public Status statusOf(double value) {
        if (isNone() || Double.isNaN(value)) {
            return Status.NONE;
        }
        if (green.stream().anyMatch(i -> i.contains(value))) {
            return Status.GREEN;
        }
        if (orange.stream().anyMatch(i -> i.contains(value))) {
            return Status.ORANGE;
        }
        return Status.RED;
    }

    /**
     * This band with every bound multiplied by {@code factor}, and the text that says so.
     *
     * @param factor  the multiplier, e.g. the share of the programme elapsed
     * @param newText the scaled band as people write it
     * @return the scaled band
     */
    public TargetBand scaled(double factor, LocalizedText newText) {
        return new TargetBand(green.stream().map(i -> i.scaled(factor)).toList(),
                orange.stream().map(i -> i.scaled(factor)).toList(), newText);
    }
}
