package org.recits.charts.internal;

import java.util.ArrayList;
import java.util.List;
import org.jfree.data.category.CategoryDataset;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.text.Messages;

/**
 * What a chart leaves out or marks, said in one line under it. Counts rather than names: a list of
 * every collectivité and quarter without data made a paragraph taller than the chart; the workbook
 * keeps every figure and says why each is missing.
 */
final class Footnote {

    /** Whether the chart spans several quarters (« sur la période ») or shows the report's (« ce trimestre »). */
    private final boolean overTime;
    /** The collectivités shown and their number in the report, when the chart shows only the first ones. */
    private int shown;
    private int all;
    /** Collectivités left out because the chart has nothing of theirs to draw. */
    private int emptyScopes;
    /** Collectivités left out because their figure is withheld (a share has no place for a mark). */
    private int maskedScopes;
    /** The series (or values) with no data at all, by name. */
    private final List<String> emptySeries = new ArrayList<>();
    /** Bars replaced in place by « masqué ». */
    private boolean maskedBars;
    /** Points of lines withheld, and points without data inside a line. */
    private int maskedPoints;
    private int holes;
    /** Bars starred, points drawn hollow, because they rest on few sessions or answers. */
    private boolean thinBars;
    private boolean thinPoints;
    /** For a single line: which points are thin, « 2020-T4 : n = 4 ». */
    private final List<String> thinNamed = new ArrayList<>();

    private Footnote(boolean overTime) {
        this.overTime = overTime;
    }

    /** The footnote of a chart of the report's quarter. */
    static Footnote quarter() {
        return new Footnote(false);
    }

    /** The footnote of a chart over the trend's quarters. */
    static Footnote overTime() {
        return new Footnote(true);
    }

    Footnote cut(int shownCount, int allCount) {
        this.shown = shownCount;
        this.all = allCount;
        return this;
    }

    void emptyScope() {
        emptyScopes++;
    }

    void maskedScope() {
        maskedScopes++;
    }

    void emptySeries(String name) {
        emptySeries.add(name);
    }

    void maskedBar() {
        maskedBars = true;
    }

    void maskedPoint() {
        maskedPoints++;
    }

    void hole() {
        holes++;
    }

    void thinBar() {
        thinBars = true;
    }

    void thinPoint(String named) {
        thinPoints = true;
        if (named != null) {
            thinNamed.add(named);
        }
    }

    /** The line, in the texts' language; empty when there is nothing to say. */
    String text(Messages tx, int threshold) {
        List<String> parts = new ArrayList<>();
        String when = overTime ? "span" : "quarter";
        if (all > shown) {
            parts.add(tx.get("chart.note.collectivitesShown", String.valueOf(shown), String.valueOf(all)));
        }
        if (emptyScopes > 0) {
            parts.add(tx.get("chart.note.emptyScopes." + when, emptyScopes));
        }
        if (!emptySeries.isEmpty()) {
            parts.add(tx.get("chart.note.emptySeries." + when, String.join(", ", emptySeries)));
        }
        if (maskedScopes > 0) {
            parts.add(tx.get("chart.note.maskedScopes", maskedScopes, String.valueOf(threshold)));
        }
        if (maskedBars) {
            parts.add(tx.get("chart.note.maskedBars", String.valueOf(threshold)));
        }
        if (maskedPoints > 0) {
            parts.add(tx.get("chart.note.maskedPoints", maskedPoints, String.valueOf(threshold)));
        }
        if (holes > 0) {
            parts.add(tx.get("chart.note.holes", holes));
        }
        String few = String.valueOf(IndicatorValue.FEW);
        if (thinBars) {
            parts.add(tx.get("chart.note.thinBars", few));
        }
        if (thinPoints) {
            parts.add(thinNamed.isEmpty() ? tx.get("chart.note.thinPoints", few)
                    : tx.get("chart.note.thinNamed", few, String.join(tx.get("chart.note.thinSeparator"), thinNamed)));
        }
        String line = String.join(" · ", parts);
        // Parts are written to follow one another; the line starts with a capital.
        return line.isEmpty() ? line : Character.toUpperCase(line.charAt(0)) + line.substring(1);
    }

    /** Counts the points of lines that are withheld, missing or thin. */
    void countPoints(CategoryDataset ds, Marks marks) {
        for (int r = 0; r < ds.getRowCount(); r++) {
            for (int c = 0; c < ds.getColumnCount(); c++) {
                Marks.Mark m = marks.get(ds.getRowKey(r), ds.getColumnKey(c));
                if (m == Marks.Mark.MASKED) {
                    maskedPoint();
                } else if (m == Marks.Mark.MISSING) {
                    hole();
                } else if (m == Marks.Mark.THIN) {
                    thinPoint(null);
                }
            }
        }
    }
}
