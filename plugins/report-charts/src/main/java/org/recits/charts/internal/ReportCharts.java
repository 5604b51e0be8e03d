// Over 400 lines: one method per chart kind, each choosing its data, footnote and legend from the indicators' roles; the drawing is in Plots, SmallMultiples and ValueLabels, what is missing in Marks and Footnote.
package org.recits.charts.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.recits.api.indicator.ChartKind;
import org.recits.api.indicator.ChartRole;
import org.recits.api.indicator.Interval;
import org.recits.api.indicator.Planned;
import org.recits.api.indicator.TargetBand;
import org.recits.api.indicator.Unit;
import org.recits.api.indicator.ValueFamily;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;
import org.recits.api.report.IndicatorResult;
import org.recits.api.report.Observation;
import org.recits.api.report.Report;
import org.recits.api.text.Bilingual;
import org.recits.api.text.Messages;
import org.recits.api.text.PeriodWords;
import org.recits.charts.Chart;

/**
 * Decides which charts a report allows and draws them. The charts by collectivité follow the chart
 * roles the indicators declare ({@link ChartRole}); every indicator also gets its programme trend. A
 * missing indicator leaves its chart out. Suppressed values (fewer people than the
 * threshold) and n/d values are never plotted; a subtitle says which ones are missing and why.
 */
final class ReportCharts {

    private final Report report;
    /** The texts in both languages, for the titles a chart keeps as {@link LocalizedText}. */
    private static final Bilingual TEXTS = Bilingual.of(ReportCharts.class);
    private final Locale locale;
    /** The texts in the report's language. */
    private final Messages tx;
    /** Periods in words, as the narrative says them: titles in both languages, axes in the report's. */
    private static final PeriodWords FR = PeriodWords.of(Locale.FRENCH);
    private static final PeriodWords EN = PeriodWords.of(Locale.ENGLISH);
    private final PeriodWords words;
    private final Map<String, List<IndicatorResult>> byCode = new LinkedHashMap<>();
    /**
     * Charts by collectivité stay legible and bounded: above this many collectivités (a consolidated
     * programme has hundreds) they show the first ones by id and say so; every figure stays in the
     * workbook. 320 bars made a 26 000-pixel-high picture of 165 MB in memory.
     */
    static final int MAX_COLLECTIVITES = 30;

    /** The four values, in their order on the scores' chart. */
    private static final List<ValueFamily> FOUR_VALUES = List.of(ValueFamily.DEMOCRATIE, ValueFamily.QUALITE,
            ValueFamily.IMPACT, ValueFamily.PRODUCTIVITE);

    /** The collectivités the charts by collectivité show: all, or the first {@link #MAX_COLLECTIVITES}. */
    private final List<Scope> collectivites;
    private final int allCollectivites;

    ReportCharts(Report report) {
        this.report = report;
        this.locale = report.locale();
        this.tx = TEXTS.in(locale);
        this.words = PeriodWords.of(locale);
        for (IndicatorResult r : report.results()) {
            byCode.computeIfAbsent(r.definition().code(), k -> new ArrayList<>()).add(r);
        }
        List<Scope> all = report.scopes().stream().filter(s -> s.collectivite() != null).sorted().toList();
        this.allCollectivites = all.size();
        this.collectivites = all.subList(0, Math.min(all.size(), MAX_COLLECTIVITES));
    }

    List<Chart> build() {
        List<Chart> out = new ArrayList<>();
        valueCharts(out);
        groups(ChartKind.LINES).forEach((id, codes) -> overTime(out, id, codes));
        groups(ChartKind.BARS_AGAINST_PLANNED).forEach((id, codes) -> againstPlanned(out, id, codes));
        groups(ChartKind.BARS).forEach((id, codes) -> bars(out, id, codes));
        groups(ChartKind.SHARE).forEach((id, codes) -> share(out, id, codes));
        for (String code : byCode.keySet()) {
            trend(out, code);
        }
        return out;
    }

    /**
     * The indicators whose roles ask for a chart of this kind, by chart id: charts of headline indicators
     * first, by rank, then the others in the report's order.
     */
    private Map<String, List<String>> groups(ChartKind kind) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String code : byCode.keySet()) {
            ChartRole role = role(code);
            if (role.kind() == kind) {
                groups.computeIfAbsent(role.id(), id -> new ArrayList<>()).add(code);
            }
        }
        Map<String, List<String>> ranked = new LinkedHashMap<>();
        groups.entrySet().stream() // a stable sort: the report's order among equals
                .sorted(Comparator.comparingInt(e -> e.getValue().stream().mapToInt(this::headlineRank).min()
                        .orElse(Integer.MAX_VALUE)))
                .forEach(e -> ranked.put(e.getKey(), e.getValue()));
        return ranked;
    }

    private int headlineRank(String code) {
        int rank = first(code).definition().roles().headline();
        return rank > 0 ? rank : Integer.MAX_VALUE;
    }

    private ChartRole role(String code) {
        return first(code).definition().roles().chart();
    }

    /**
     * The title the first indicator's role gives, {@code {0}} standing for the period; else the text of
     * {@code key}, the label and the period as its arguments.
     */
    private LocalizedText title(String code, String key) {
        LocalizedText given = role(code).title();
        Period p = report.period();
        if (given != null) {
            return LocalizedText.of(given.fr().replace("{0}", FR.name(p)),
                    given.in(Locale.ENGLISH).replace("{0}", EN.name(p)));
        }
        LocalizedText l = first(code).definition().label();
        return TEXTS.get(key, l, period());
    }

    // ---- charts ---------------------------------------------------------------------------------

    /**
     * The indicators whose role is among the values (the four values, satisfaction, skills gain) per
     * collectivité: one grouped bar chart per unit. The scores' chart is « les quatre valeurs »: its
     * series follow the values' order, and a value with nothing to draw is named in the footnote.
     */
    private void valueCharts(List<Chart> out) {
        Map<Unit, List<String>> byUnit = new java.util.TreeMap<>();
        for (String code : byCode.keySet()) {
            if (role(code).kind() == ChartKind.VALUES) {
                byUnit.computeIfAbsent(first(code).definition().unit(), u -> new ArrayList<>()).add(code);
            }
        }
        for (Map.Entry<Unit, List<String>> e : byUnit.entrySet()) {
            Unit unit = e.getKey();
            List<String> codes = new ArrayList<>(e.getValue());
            if (unit == Unit.SCORE) {
                codes.sort(Comparator.comparing(c -> first(c).definition().family()));
            }
            DefaultCategoryDataset ds = new DefaultCategoryDataset();
            Marks marks = new Marks();
            Footnote notes = byCollectivite(Footnote.quarter());
            List<String> empty = perCollectivite(codes, ds, marks, notes);
            if (empty == null) {
                continue;
            }
            LocalizedText title;
            if (unit == Unit.SCORE) {
                title = TEXTS.get("chart.title.values.score", period());
                fourValues(codes, empty).forEach(notes::emptySeries);
            } else {
                empty.forEach(notes::emptySeries);
                title = codes.size() == 1
                        ? TEXTS.get("chart.title.byCollectivite", first(codes.get(0)).definition().label(), period())
                        : TEXTS.get("chart.title.values.unit", unit.label(), period());
            }
            CategoryPlot plot = Plots.bars(ds, unit, PlotOrientation.VERTICAL, false, locale, marks);
            if (unit == Unit.SCORE) {
                ((NumberAxis) plot.getRangeAxis()).setRange(0, 5.4);
            }
            out.add(chart("valeurs-" + unit.name().toLowerCase(Locale.ROOT).replace('_', '-'), title,
                    codes, plot, notes, RenderedChart.WIDTH, RenderedChart.HEIGHT));
        }
    }

    /**
     * What the scores' chart must say is missing: each of the four values none of whose indicators drew
     * anything (by the value's name), then any other score with nothing to draw.
     */
    private List<String> fourValues(List<String> codes, List<String> emptyLabels) {
        List<String> missing = new ArrayList<>();
        for (ValueFamily f : FOUR_VALUES) {
            boolean drawn = codes.stream().anyMatch(c -> first(c).definition().family() == f
                    && !emptyLabels.contains(label(c)));
            if (!drawn) {
                missing.add(f.label().in(locale));
            }
        }
        codes.stream().filter(c -> !FOUR_VALUES.contains(first(c).definition().family()))
                .map(this::label).filter(emptyLabels::contains).forEach(missing::add);
        return missing;
    }

    /**
     * Indicators for the programme and each collectivité over the trend periods, one line per scope (per
     * scope and indicator when several share the chart); in the unit of the first.
     */
    private void overTime(List<Chart> out, String id, List<String> codes) {
        String code = codes.get(0);
        IndicatorResult any = first(code);
        Unit unit = any.definition().unit();
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        Marks marks = new Marks();
        Footnote notes = byCollectivite(Footnote.overTime());
        Map<String, Scope> scopeOf = new LinkedHashMap<>();
        Map<String, Integer> codeOf = new LinkedHashMap<>();
        for (String c : codes) {
            for (IndicatorResult r : byCode.get(c)) {
                if (!shown(r.scope())) {
                    continue;
                }
                String series = codes.size() == 1 ? name(r.scope()) : name(r.scope()) + " – " + label(c);
                scopeOf.put(series, r.scope());
                codeOf.put(series, codes.indexOf(c));
                for (Observation o : timeline(r)) {
                    ds.addValue(marks.plottable(o, series, words.shortName(o.period())), series,
                            words.shortName(o.period()));
                }
            }
        }
        for (Comparable<?> empty : marks.emptySeries(ds)) {
            ds.removeRow(empty);
            Scope s = scopeOf.get(empty);
            if (codes.size() == 1 && !s.isProgramme()) {
                notes.emptyScope();
            } else {
                notes.emptySeries(empty.toString());
            }
        }
        if (ds.getRowCount() == 0) {
            return;
        }
        notes.countPoints(ds, marks);
        LocalizedText title = role(code).title() != null ? title(code, null)
                : TEXTS.get("chart.title.overTime", any.definition().label(), span());
        if (ds.getRowCount() > SmallMultiples.MAX_LINES) {
            out.add(multiples(id, title, codes, ds, marks, notes, scopeOf, codeOf));
            return;
        }
        CategoryPlot plot = Plots.lines(ds, unit, locale, marks);
        Plots.fitRange(plot, unit, ds, TargetBand.NONE);
        out.add(chart(id, title, codes, plot, notes, RenderedChart.WIDTH, RenderedChart.HEIGHT));
    }

    /** Too many lines for one plot: a small panel per collectivité, the programme in grey in each. */
    private RenderedChart multiples(String id, LocalizedText title, List<String> codes, DefaultCategoryDataset ds,
            Marks marks, Footnote notes, Map<String, Scope> scopeOf, Map<String, Integer> codeOf) {
        List<LegendItem> legend = new ArrayList<>();
        if (codes.size() == 1) {
            legend.add(SmallMultiples.item(tx.get("chart.multiples.scope"), 0));
        } else {
            for (int i = 0; i < codes.size(); i++) {
                legend.add(SmallMultiples.item(label(codes.get(i)), i));
            }
        }
        boolean programme = scopeOf.entrySet().stream()
                .anyMatch(e -> e.getValue().isProgramme() && ds.getRowIndex(e.getKey()) >= 0);
        if (programme) {
            legend.add(SmallMultiples.reference(tx.get("chart.multiples.programme")));
        }
        SmallMultiples drawing = SmallMultiples.of(title.in(locale), ds, scopeOf, codeOf,
                first(codes.get(0)).definition().unit(), locale, marks, legend,
                notes.text(tx, report.suppressionThreshold()));
        return new RenderedChart(id, title, codes, drawing, RenderedChart.WIDTH,
                SmallMultiples.height(drawing.panels().size()),
                ChartTable.of(drawing, locale, tx.get("chart.mark.missing"), tx.get("chart.mark.masked")));
    }

    /**
     * Indicators per collectivité as horizontal bars against the value the first one plans for each
     * collectivité (the protocol's 35 intervention days).
     */
    private void againstPlanned(List<Chart> out, String id, List<String> codes) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        Marks marks = new Marks();
        Footnote notes = byCollectivite(Footnote.quarter());
        List<String> empty = perCollectivite(codes, ds, marks, notes);
        if (empty == null) {
            return;
        }
        empty.forEach(notes::emptySeries);
        String code = codes.get(0);
        LocalizedText title = title(code, "chart.title.byCollectivite");
        CategoryPlot plot = Plots.bars(ds, first(code).definition().unit(), PlotOrientation.HORIZONTAL, false,
                locale, marks);
        plot.getRenderer().setDefaultSeriesVisibleInLegend(codes.size() > 1);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        Planned planned = first(code).definition().roles().planned();
        axis.setRange(0, Math.max(planned == null ? 0 : planned.value(), Plots.max(ds)) * 1.15);
        List<LegendItem> legend = new ArrayList<>();
        if (planned != null) {
            BasicStroke dashed = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {6f, 3f}, 0f);
            // Explained in the legend, not labelled on the plot, where it sat on the bars' values.
            plot.addRangeMarker(new ValueMarker(planned.value(), Color.BLACK, dashed), Layer.FOREGROUND);
            legend.add(Legend.line(planned.label().in(locale), Color.BLACK, dashed));
        }
        int h = Math.max(260, 140 + 40 * ds.getColumnCount());
        out.add(chart(id, title, codes, plot, notes, RenderedChart.WIDTH, h, legend));
    }

    /** Indicators per collectivité as bars side by side, in the unit of the first. */
    private void bars(List<Chart> out, String id, List<String> codes) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        Marks marks = new Marks();
        Footnote notes = byCollectivite(Footnote.quarter());
        List<String> empty = perCollectivite(codes, ds, marks, notes);
        if (empty == null) {
            return;
        }
        empty.forEach(notes::emptySeries);
        Unit unit = first(codes.get(0)).definition().unit();
        LocalizedText title = title(codes.get(0), "chart.title.byCollectivite");
        CategoryPlot plot = Plots.bars(ds, unit, PlotOrientation.VERTICAL, false, locale, marks);
        out.add(chart(id, title, codes, plot, notes, RenderedChart.WIDTH, RenderedChart.HEIGHT));
    }

    /**
     * The share the first indicator gives (what the collectivité pays) stacked with the rest (what its
     * partners pay), programme then each collectivité; the other indicators of the chart are cited as its
     * sources.
     */
    private void share(List<Chart> out, String id, List<String> codes) {
        String code = codes.get(0);
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        Footnote notes = byCollectivite(Footnote.quarter());
        String own = tx.get("chart.series.collectivite");
        String partners = tx.get("chart.series.partners");
        boolean any = false;
        for (IndicatorResult r : byCode.get(code)) {
            if (!shown(r.scope())) {
                continue;
            }
            Marks marks = new Marks();
            Double v = marks.plottable(r.current(), own, name(r.scope()));
            if (v != null) {
                any = true;
                ds.addValue(v, own, name(r.scope()));
                ds.addValue(1 - v, partners, name(r.scope()));
            } else if (marks.has(own, name(r.scope()), Marks.Mark.MASKED)) {
                // A stacked bar has no slot for a word: the footnote counts what is withheld.
                notes.maskedScope();
            } else if (!r.scope().isProgramme()) {
                notes.emptyScope();
            } else {
                notes.emptySeries(name(r.scope()));
            }
        }
        if (!any) {
            return;
        }
        LocalizedText title = title(code, "chart.title.byCollectivite");
        CategoryPlot plot = Plots.bars(ds, Unit.PERCENT, PlotOrientation.HORIZONTAL, true, locale);
        ((NumberAxis) plot.getRangeAxis()).setRange(0, 1);
        int h = Math.max(260, 140 + 40 * ds.getColumnCount());
        out.add(chart(id, title, codes, plot, notes, RenderedChart.WIDTH, h));
    }

    /** The programme's value of one indicator over the trend periods, with its target band shaded. */
    private void trend(List<Chart> out, String code) {
        IndicatorResult r = byCode.get(code).stream().filter(x -> x.scope().isProgramme()).findFirst().orElse(null);
        if (r == null) {
            return;
        }
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        Marks marks = new Marks();
        Footnote notes = Footnote.overTime();
        String series = tx.get("chart.series.programme");
        boolean any = false;
        for (Observation o : timeline(r)) {
            String when = words.shortName(o.period());
            Double v = marks.plottable(o, series, when);
            any |= v != null;
            ds.addValue(v, series, when);
            Marks.Mark m = marks.get(series, when);
            if (m == Marks.Mark.THIN) {
                // One line: which points are thin fits in the footnote.
                notes.thinPoint(tx.get("chart.note.thin", when, String.valueOf(o.value().sampleSize())));
            } else if (m == Marks.Mark.MASKED) {
                notes.maskedPoint();
            } else if (m == Marks.Mark.MISSING) {
                notes.hole();
            }
        }
        if (!any) {
            return;
        }
        Unit unit = r.definition().unit();
        TargetBand band = r.current().value().target();
        if (band == null || band.isNone()) {
            band = r.definition().target();
        }
        LocalizedText title = TEXTS.get("chart.title.trend", r.definition().label(), span());
        CategoryPlot plot = Plots.lines(ds, unit, locale, marks);
        plot.getRenderer().setDefaultSeriesVisibleInLegend(false);
        double[] range = Plots.fitRange(plot, unit, ds, band);
        List<LegendItem> legend = new ArrayList<>();
        if (!band.isNone()) {
            for (Interval i : band.green()) {
                double lo = i.low() == null ? range[0] : Math.max(range[0], i.low());
                double hi = i.high() == null ? range[1] : Math.min(range[1], i.high());
                if (hi <= lo) {
                    continue;
                }
                plot.addRangeMarker(new IntervalMarker(lo, hi, Style.BAND, new BasicStroke(1f), Style.BAND_EDGE,
                        new BasicStroke(1f), 1f), Layer.BACKGROUND);
            }
            // In the legend: labelled on the plot, the band's text ran under the line's points.
            legend.add(Legend.band(tx.get("chart.target", band.text().in(locale)), Style.BAND, Style.BAND_EDGE));
        }
        String id = "tendance-" + code.toLowerCase(Locale.ROOT).replace('_', '-');
        out.add(chart(id, title, List.of(code), plot, notes, RenderedChart.WIDTH, 360, legend));
    }

    private RenderedChart chart(String id, LocalizedText title, List<String> codes, CategoryPlot plot,
            Footnote notes, int width, int height) {
        return chart(id, title, codes, plot, notes, width, height, List.of());
    }

    /** A chart whose legend ends with {@code legend}'s items (reference lines and bands). */
    private RenderedChart chart(String id, LocalizedText title, List<String> codes, CategoryPlot plot,
            Footnote notes, int width, int height, List<LegendItem> legend) {
        JFreeChart chart = Plots.newChart(title.in(locale), plot);
        Plots.styleSeries(plot);
        Legend.install(chart, plot, legend);
        // No « Source : CODE » in the image: a reader cannot use a code, and the narrative's numbered notes
        // trace each figure to its indicator, period and workbook row.
        Plots.bottomLines(chart, notes.text(tx, report.suppressionThreshold()));
        return new RenderedChart(id, title, codes, chart, width, height,
                ChartTable.of(chart, locale, tx.get("chart.mark.missing"), tx.get("chart.mark.masked")));
    }

    // ---- data -----------------------------------------------------------------------------------

    /**
     * Each indicator as a series over the collectivités shown. A series with nothing to draw leaves the
     * chart (and its legend), then so does a collectivité; the footnote counts the collectivités, the
     * caller names the series.
     *
     * @return the labels of the series left out, or null when nothing at all is left to draw
     */
    private List<String> perCollectivite(List<String> codes, DefaultCategoryDataset ds, Marks marks,
            Footnote notes) {
        for (String code : codes) {
            String series = label(code);
            for (Scope s : collectivites) {
                ds.addValue(marks.plottable(observation(code, s), series, name(s)), series, name(s));
            }
        }
        List<String> emptySeries = new ArrayList<>();
        for (Comparable<?> empty : marks.emptySeries(ds)) {
            ds.removeRow(empty);
            emptySeries.add(empty.toString());
        }
        for (Comparable<?> empty : marks.emptyCategories(ds)) {
            ds.removeColumn(empty);
            notes.emptyScope();
        }
        for (int r = 0; r < ds.getRowCount(); r++) {
            for (int c = 0; c < ds.getColumnCount(); c++) {
                Marks.Mark m = marks.get(ds.getRowKey(r), ds.getColumnKey(c));
                if (m == Marks.Mark.THIN) {
                    notes.thinBar();
                } else if (m == Marks.Mark.MASKED) {
                    notes.maskedBar();
                }
            }
        }
        return ds.getRowCount() == 0 || ds.getColumnCount() == 0 ? null : emptySeries;
    }

    /** A footnote for a chart by collectivité, which says when it shows only the first ones. */
    private Footnote byCollectivite(Footnote notes) {
        return notes.cut(collectivites.size(), allCollectivites);
    }

    private static List<Observation> timeline(IndicatorResult r) {
        List<Observation> all = new ArrayList<>(r.previous());
        all.add(r.current());
        return all;
    }

    private Observation observation(String code, Scope scope) {
        return byCode.getOrDefault(code, List.of()).stream().filter(r -> r.scope().equals(scope))
                .map(IndicatorResult::current).findFirst().orElse(null);
    }

    private IndicatorResult first(String code) {
        return byCode.get(code).get(0);
    }

    private String label(String code) {
        return first(code).definition().label().in(locale);
    }

    private String name(Scope s) {
        if (s.isProgramme()) {
            return tx.get("chart.series.programme");
        }
        if (s.isLab()) {
            return tx.get("chart.series.lab", s.lab());
        }
        return report.data().collectiviteName(s);
    }

    /** The report's period in words, in both languages. */
    private LocalizedText period() {
        return LocalizedText.of(FR.name(report.period()), EN.name(report.period()));
    }

    /** The periods of the trend, from the first to the report's, in both languages. */
    private LocalizedText span() {
        Period from = report.previousPeriods().isEmpty() ? report.period() : report.previousPeriods().get(0);
        if (from.equals(report.period())) {
            return period();
        }
        return LocalizedText.of(FR.span(from, report.period()), EN.span(from, report.period()));
    }


    /**
     * Whether a chart over time or of shares shows this scope: the programme, a lab of a consolidated report, or one
     * of the collectivités shown. Bars by collectivité leave the labs out: a lab's sum beside its collectivités, and
     * against what is planned for one collectivité, would crush and mislead.
     */
    private boolean shown(Scope s) {
        return s.isProgramme() || s.isLab() || collectivites.contains(s);
    }
}
