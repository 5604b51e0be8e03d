package org.recits.charts;

import java.io.IOException;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.recits.api.model.LocalizedText;

/**
 * One drawn chart, in the report's language. Same report, same bytes: PNG and SVG carry no time
 * and no random identifier.
 */
@ProviderType
public interface Chart {

    /** Stable id, also the file name without extension, e.g. {@code jours-intervention}. */
    String id();

    /** What the chart shows, in French and English (the drawing uses the report's language). */
    LocalizedText title();

    /** The indicator codes drawn, main one first; lets a renderer place the chart beside their text. */
    List<String> codes();

    /** Width in points (CSS pixels) at scale 1. */
    int width();

    /** Height in points (CSS pixels) at scale 1. */
    int height();

    /**
     * The chart as PNG.
     *
     * @param scale 1 for screen, 2 for slides and print
     */
    byte[] png(double scale) throws IOException;

    /** The chart as an SVG element (with a viewBox, ids unique to this chart). */
    String svg();

    /**
     * The figures drawn, as a table to set beside the image for a reader who cannot see it or wants the
     * numbers: the first row heads the columns (an empty cell, then the series), each next row is one
     * category (a collectivité or a quarter), its name then its values as the chart writes them (the
     * chart's word for a value missing or withheld where it has none).
     *
     * @return the rows; empty when the chart gives none
     * @since 1.2
     */
    default List<List<String>> table() {
        return List.of();
    }
}
