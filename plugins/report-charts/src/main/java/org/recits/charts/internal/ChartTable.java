package org.recits.charts.internal;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.ui.Drawable;
import org.jfree.data.category.CategoryDataset;

/**
 * The figures a chart draws as a table (series by category), written as the chart writes them, so that a
 * reader who cannot see the image, or wants the numbers, has them all (RGAA: a chart's data beside it).
 */
final class ChartTable {

    private ChartTable() {
    }

    /**
     * @param drawing one chart, or small multiples whose panels repeat the programme's line
     * @param missing the word for a value the chart leaves out (« n/d »)
     * @return the header row (an empty cell, then the categories), then one row per series with at least
     *         one value; empty when nothing is drawn
     */
    static List<List<String>> of(Drawable drawing, Locale locale, String missing) {
        List<JFreeChart> charts = drawing instanceof SmallMultiples m ? m.panels()
                : drawing instanceof JFreeChart c ? List.of(c) : List.of();
        List<String> columns = new ArrayList<>();
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (JFreeChart chart : charts) {
            if (!(chart.getPlot() instanceof CategoryPlot plot) || plot.getDataset() == null) {
                continue;
            }
            CategoryDataset ds = plot.getDataset();
            CategoryItemRenderer renderer = plot.getRendererForDataset(ds);
            CategoryItemLabelGenerator labels = renderer == null ? null : renderer.getDefaultItemLabelGenerator();
            NumberFormat format = format(plot, locale);
            for (int r = 0; r < ds.getRowCount(); r++) {
                // a panel repeats the programme's row: the first one read is kept
                Map<String, String> row = rows.computeIfAbsent(ds.getRowKey(r).toString(), k -> new HashMap<>());
                for (int c = 0; c < ds.getColumnCount(); c++) {
                    String category = ds.getColumnKey(c).toString();
                    if (!columns.contains(category)) {
                        columns.add(category);
                    }
                    Number v = ds.getValue(r, c);
                    if (v != null && !row.containsKey(category)) {
                        row.put(category, labels != null ? labels.generateLabel(ds, r, c) : format.format(v));
                    }
                }
            }
        }
        List<List<String>> table = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> e : rows.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            List<String> line = new ArrayList<>();
            line.add(e.getKey());
            columns.forEach(col -> line.add(e.getValue().getOrDefault(col, missing)));
            table.add(line);
        }
        if (table.isEmpty()) {
            return List.of();
        }
        List<String> header = new ArrayList<>();
        header.add("");
        header.addAll(columns);
        table.add(0, header);
        return table.stream().map(List::copyOf).toList();
    }

    /** The value axis's own format when it has one, else the locale's with up to two decimals. */
    private static NumberFormat format(CategoryPlot plot, Locale locale) {
        if (plot.getRangeAxis() instanceof NumberAxis axis && axis.getNumberFormatOverride() != null) {
            return axis.getNumberFormatOverride();
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(2);
        return f;
    }
}
