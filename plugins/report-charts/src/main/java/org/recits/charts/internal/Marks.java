package org.recits.charts.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.data.category.CategoryDataset;
import org.recits.api.report.Observation;

/**
 * What a chart's values are besides a plain figure, by series and category: a value that cannot be
 * drawn says why in its place, a value on few sessions or answers is marked. Keyed by the dataset's
 * keys, so that removing an empty series or category leaves the others' marks right.
 */
final class Marks {

    /** Why a value is drawn differently. */
    enum Mark {
        /** No value (n/d, or no result for this scope): nothing drawn, « n/d » in its place. */
        MISSING,
        /** Withheld to protect a small group: nothing drawn, « masqué » in its place. */
        MASKED,
        /** Drawn, but on fewer than {@code IndicatorValue.FEW} sessions or answers. */
        THIN
    }

    private final Map<List<Comparable<?>>, Mark> marks = new HashMap<>();

    void put(Comparable<?> series, Comparable<?> category, Mark mark) {
        marks.put(List.of(series, category), mark);
    }

    /** The mark of a value, or null for a plain one. */
    Mark get(Comparable<?> series, Comparable<?> category) {
        return marks.get(List.of(series, category));
    }

    boolean has(Comparable<?> series, Comparable<?> category, Mark mark) {
        return get(series, category) == mark;
    }

    /** The series with no value drawn and none withheld: nothing to show, not even in the legend. */
    List<Comparable<?>> emptySeries(CategoryDataset ds) {
        List<Comparable<?>> empty = new ArrayList<>();
        for (int r = 0; r < ds.getRowCount(); r++) {
            boolean any = false;
            for (int c = 0; c < ds.getColumnCount() && !any; c++) {
                any = ds.getValue(r, c) != null || has(ds.getRowKey(r), ds.getColumnKey(c), Mark.MASKED);
            }
            if (!any) {
                empty.add(ds.getRowKey(r));
            }
        }
        return empty;
    }

    /** The categories with no value drawn and none withheld, in any series. */
    List<Comparable<?>> emptyCategories(CategoryDataset ds) {
        List<Comparable<?>> empty = new ArrayList<>();
        for (int c = 0; c < ds.getColumnCount(); c++) {
            boolean any = false;
            for (int r = 0; r < ds.getRowCount() && !any; r++) {
                any = ds.getValue(r, c) != null || has(ds.getRowKey(r), ds.getColumnKey(c), Mark.MASKED);
            }
            if (!any) {
                empty.add(ds.getColumnKey(c));
            }
        }
        return empty;
    }

    /** The value to plot, or null; a value withheld, missing or resting on few is marked so. */
    Double plottable(Observation o, String series, String category) {
        if (o == null || !o.suppressed() && !o.value().isComputable()) {
            put(series, category, Mark.MISSING);
            return null;
        }
        if (o.suppressed()) {
            put(series, category, Mark.MASKED);
            return null;
        }
        if (o.value().restsOnFew()) {
            // A bar or a point on one session looks as solid as one on fifty: say which are thin.
            put(series, category, Mark.THIN);
        }
        return o.value().value();
    }
}
