package org.recits.api.indicator;

import java.util.Objects;
import org.recits.api.model.LocalizedText;

/**
 * A secondary figure shown beside an indicator's value (the share of the largest direction beside
 * group diversity, one funder's share beside the partner share).
 *
 * @param key   stable key, e.g. {@code largest_direction_share}
 * @param label what it is
 * @param value the figure
 * @param unit  its unit
 * @param name  whether the label is a name from the data (a funder, « Banque des Territoires ») rather than
 *              words of the plugin: renderers write a name as given, capitals kept, where they would put a
 *              label's first letter in lower case inside a sentence; since 1.5
 */
public record Detail(String key, LocalizedText label, double value, Unit unit, boolean name) {

    /**
     * Key of the detail that says how many units (sessions, answers, cases, months…) a rate or a mean
     * rests on; renderers show it as « n » beside the value (see {@link IndicatorValue#sampleSize()}).
     */
    public static final String SAMPLE_SIZE = "n";

    /**
     * How many units a rate or a mean rests on, shown beside the value as « n ».
     *
     * @param n    the number of sessions, answers, cases…
     * @param what what is counted, in the plural (« sessions comptées »)
     * @return the detail with key {@link #SAMPLE_SIZE}
     */
    public static Detail sampleSize(int n, LocalizedText what) {
        return new Detail(SAMPLE_SIZE, what, n, Unit.COUNT);
    }

    /**
     * A detail whose label is a name from the data, the same in both languages and written as given.
     *
     * @param key   stable key, e.g. {@code funder_Banque des Territoires}
     * @param name  the name as the data writes it
     * @param value the figure
     * @param unit  its unit
     * @return the detail, with {@link #name()} true
     * @since 1.5
     */
    public static Detail named(String key, String name, double value, Unit unit) {
        return new Detail(key, LocalizedText.of(name), value, unit, true);
    }

    /**
     * A detail whose label is words of the plugin (a common noun, written in lower case inside a sentence).
     *
     * @param key   stable key, e.g. {@code largest_direction_share}
     * @param label what it is
     * @param value the figure
     * @param unit  its unit
     */
    public Detail(String key, LocalizedText label, double value, Unit unit) {
        this(key, label, value, unit, false);
    }

    /**
     * Checks that key, label and unit are present.
     *
     * @param key   stable key, e.g. {@code largest_direction_share}
     * @param label what it is
     * @param value the figure
     * @param unit  its unit
     * @param name  whether the label is a name from the data
     */
    public Detail {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(unit, "unit");
    }
}
