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
            LocalizedText.of("pas de cible ; tendance seulement", "no target; trend only"));

    public TargetBand {
        green = List.copyOf(green);
        orange = List.copyOf(orange);
        Objects.requireNonNull(text, "text");
    }

    public static TargetBand of(List<Interval> green, List<Interval> orange, LocalizedText text) {
        return new TargetBand(green, orange, text);
    }

    public boolean isNone() {
        return green.isEmpty() && orange.isEmpty();
    }

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

    /** This band with every bound multiplied by {@code factor}, and the text that says so. */
    public TargetBand scaled(double factor, LocalizedText newText) {
        return new TargetBand(green.stream().map(i -> i.scaled(factor)).toList(),
                orange.stream().map(i -> i.scaled(factor)).toList(), newText);
    }
}
