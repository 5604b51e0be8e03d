package org.recits.api.indicator;

import java.util.Objects;

/**
 * What the renderers do with an indicator beyond its rows in the tables: whether it is a headline
 * figure, which chart shows it, what each collectivité is planned to reach, where the narrative tells of
 * it. An indicator's roles are declared with its definition, so that a plugin's indicator takes these
 * places without any change to the renderers. {@link #NONE} (the default) gives an indicator its rows,
 * its trend chart and its family's section only.
 *
 * @param headline  rank among the headline figures (the workbook's summary columns), 1 first; 0 when not
 *                  a headline figure
 * @param keyFigure rank among the few figures shown large at the top of the narrative, 1 first; 0 when not
 *                  one
 * @param chart     which chart by collectivité shows it
 * @param planned   what each collectivité is planned to reach, or null
 * @param theme     where the narrative tells of it
 */
public record IndicatorRoles(int headline, int keyFigure, ChartRole chart, Planned planned, Theme theme) {

    /** No role: rows, trend chart and the family's section only. */
    public static final IndicatorRoles NONE = new IndicatorRoles(0, 0, ChartRole.NONE, null, Theme.FAMILY);

    /**
     * Checks the ranks; a null chart means {@link ChartRole#NONE}, a null theme {@link Theme#FAMILY}.
     *
     * @param headline  rank among the headline figures, 1 first; 0 when not one
     * @param keyFigure rank among the narrative's key figures, 1 first; 0 when not one
     * @param chart     which chart by collectivité shows it
     * @param planned   what each collectivité is planned to reach, or null
     * @param theme     where the narrative tells of it
     * @throws IllegalArgumentException when a rank is negative
     */
    public IndicatorRoles {
        if (headline < 0 || keyFigure < 0) {
            throw new IllegalArgumentException("a rank is 1 or more, or 0 for none: " + headline + ", " + keyFigure);
        }
        chart = chart == null ? ChartRole.NONE : chart;
        theme = theme == null ? Theme.FAMILY : theme;
    }

    /**
     * Whether the indicator is a headline figure.
     *
     * @return true when {@link #headline()} is 1 or more
     */
    public boolean isHeadline() {
        return headline > 0;
    }

    /**
     * Whether the indicator is one of the narrative's key figures.
     *
     * @return true when {@link #keyFigure()} is 1 or more
     */
    public boolean isKeyFigure() {
        return keyFigure > 0;
    }

    /**
     * These roles, the indicator a headline figure.
     *
     * @param rank 1 for the first column of the summary
     * @return a copy with {@code headline} set
     */
    public IndicatorRoles withHeadline(int rank) {
        return new IndicatorRoles(rank, keyFigure, chart, planned, theme);
    }

    /**
     * These roles, the indicator one of the narrative's key figures.
     *
     * @param rank 1 for the first figure
     * @return a copy with {@code keyFigure} set
     */
    public IndicatorRoles withKeyFigure(int rank) {
        return new IndicatorRoles(headline, rank, chart, planned, theme);
    }

    /**
     * These roles with a chart by collectivité.
     *
     * @param role the chart
     * @return a copy with {@code chart} set
     */
    public IndicatorRoles withChart(ChartRole role) {
        return new IndicatorRoles(headline, keyFigure, Objects.requireNonNull(role, "role"), planned, theme);
    }

    /**
     * These roles with a value planned per collectivité.
     *
     * @param value the planned value
     * @return a copy with {@code planned} set
     */
    public IndicatorRoles withPlanned(Planned value) {
        return new IndicatorRoles(headline, keyFigure, chart, Objects.requireNonNull(value, "value"), theme);
    }

    /**
     * These roles with the narrative's theme.
     *
     * @param value where the narrative tells of the indicator
     * @return a copy with {@code theme} set
     */
    public IndicatorRoles withTheme(Theme value) {
        return new IndicatorRoles(headline, keyFigure, chart, planned, Objects.requireNonNull(value, "value"));
    }
}
