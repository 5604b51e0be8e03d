package org.recits.api.indicator;

import org.recits.api.model.LocalizedText;

/** A value's standing against its target band. */
public enum Status {
    /** Vert: within the target. */
    GREEN(LocalizedText.of("vert", "green")),
    /** Orange: near the target, to watch. */
    ORANGE(LocalizedText.of("orange", "orange")),
    /** Rouge: off target, needs action. */
    RED(LocalizedText.of("rouge", "red")),
    /** No target band, or no value to judge. */
    NONE(LocalizedText.of("sans cible", "no target"));

    private final LocalizedText label;

    Status(LocalizedText label) {
        this.label = label;
    }

    /**
     * The word shown beside the colour, for colour-blind readers and printing.
     *
     * @return the word, in French and English
     */
    public LocalizedText label() {
        return label;
    }
}
