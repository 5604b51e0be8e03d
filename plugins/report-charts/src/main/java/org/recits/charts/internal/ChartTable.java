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
     * @param masked  the word for a value withheld to protect a small group (« masqué »)
     * @return the header row (an empty cell, then the series), then one row per category (collectivité or
     *         quarter: a list reads down better than across ten names) with at least one series; empty
     *         when nothing is drawn
     */
    static List<List<String>> of(Drawable drawing, Locale locale, String missing, String masked) {
        List<JFreeChart> charts = drawing instanceof SmallMultiples m ? m.panels()
                : drawing instanceof JFreeChart c ? List.of(c) : List.of();
        List<String> series = new ArrayList<>();
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (JFreeChart chart : charts) {
            if (!(chart.getPlot() instanceof CategoryPlot plot) || plot.getDataset() == null) {
                continue;
            }
            CategoryDataset ds = plot.getDataset();
            CategoryItemRenderer renderer = plot.getRendererForDataset(ds);
            CategoryItemLabelGenerator labels = renderer == null ? null : renderer.getDefaultItemLabelGenerator();
            Marks marks = renderer instanceof Marked m ? m.marks() : null;
            NumberFormat format = format(plot, locale);
            for (int c = 0; c < ds.getColumnCount(); c++) {
                Comparable<?> category = ds.getColumnKey(c);
                Map<String, String> row = rows.computeIfAbsent(category.toString(), k -> new HashMap<>());
                for (int r = 0; r < ds.getRowCount(); r++) {
                    String name = ds.getRowKey(r).toString();
                    Number v = ds.getValue(r, c);
                    // a panel repeats the programme's line: the first value read is kept
                    if (row.containsKey(name)) {
                        continue;
                    }
                    if (v != null) {
                        row.put(name, labels != null ? labels.generateLabel(ds, r, c) : format.format(v));
                    } else if (marks != null && marks.has(ds.getRowKey(r), category, Marks.Mark.MASKED)) {
                        row.put(name, masked);
                    } else {
                        continue;
                    }
                    if (!series.contains(name)) {
                        series.add(name);
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
            series.forEach(name -> line.add(e.getValue().getOrDefault(name, missing)));
            table.add(List.copyOf(line));
        }
        if (table.isEmpty()) {
            return List.of();
        }
        List<String> header = new ArrayList<>();
        header.add("");
        header.addAll(series);
        table.add(0, List.copyOf(header));
        return List.copyOf(table);
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
