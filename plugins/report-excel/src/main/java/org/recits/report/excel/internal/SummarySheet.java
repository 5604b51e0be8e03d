// Over 400 lines: the table and the blocks of values under it share one column layout and one row count, which
// the print and the native charts read back; the charts and the print are classes of their own.
package org.recits.report.excel.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.recits.api.indicator.ChartKind;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.Unit;
import org.recits.api.indicator.ValueFamily;
import org.recits.api.model.Scope;
import org.recits.api.report.IndicatorResult;
import org.recits.api.report.Observation;
import org.recits.api.report.Report;

/**
 * The summary: one row per scope (programme first, then each collectivité) with the headline indicators'
 * values for the report's period as formulas finding their row of the indicators sheet by key, then the
 * values its native charts draw, outside the table's filter. The columns follow the indicators' roles: the headline ones by rank, each followed
 * by its planned value when it has one, then one score per value; so a plugin's indicator takes its place
 * here by declaring it. The comparisons with past periods are a sheet of their own ({@link ComparisonsSheet}).
 */
final class SummarySheet {

    private static final Set<ValueFamily> VALUES = Set.of(ValueFamily.DEMOCRATIE, ValueFamily.QUALITE,
            ValueFamily.IMPACT, ValueFamily.PRODUCTIVITE);
    /** Rows above the scopes' rows: labels, then codes. */
    static final int HEADER_ROWS = 2;
    static final int FIRST_VALUE_COL = 2;

    private final Report report;
    private final Texts tx;
    private final Styles st;
    private final IndicatorLayout layout;
    /** Column of each indicator shown, by code, in column order. */
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    /** The indicator chosen for each of the four values, in family order. */
    private final Map<ValueFamily, String> values = new LinkedHashMap<>();
    /** The column of the planned value beside each headline indicator that has one, by code. */
    private final Map<String, Integer> plannedCols = new LinkedHashMap<>();
    private final IndicatorLookup lookup;
    /** The headline indicators' codes, by rank then code. */
    private final List<String> headlines;
    private int lastRow;
    /** The charts' values over the collectivités, one block per chart that has something to draw. */
    private final List<ChartBlock> chartBlocks = new ArrayList<>();
    /** The programme over the periods: the periods' row, its values below; 0 periods when not drawn. */
    private int trendHeaderRow = -1;
    private int trendPeriods;
    private int blocksEnd;
    /** How it prints, its pages laid out as the blocks are written. */
    private SummaryPrint print;

    SummarySheet(Report report, Texts tx, Styles st, IndicatorLayout layout) {
        this.report = report;
        this.tx = tx;
        this.st = st;
        this.layout = layout;
        this.lookup = new IndicatorLookup(tx, layout.lastRow());
        // The headline indicators, by rank (then code), whichever plugin declares them.
        List<String> codes = new ArrayList<>(layout.definitions().values().stream()
                .filter(d -> d.roles().isHeadline())
                .sorted(Comparator.comparingInt((IndicatorDefinition d) -> d.roles().headline())
                        .thenComparing(IndicatorDefinition::code))
                .map(IndicatorDefinition::code).toList());
        // One score per value: the first of the family's scores not already a headline indicator; else its
        // headline score, answers' first (the four values' chart drew three when Qualité's was a headline one).
        for (ValueFamily family : ValueFamily.values()) {
            if (!VALUES.contains(family)) {
                continue;
            }
            layout.definitions().values().stream()
                    .filter(d -> d.family() == family && d.unit() == Unit.SCORE)
                    .min(Comparator.comparing((IndicatorDefinition d) -> d.roles().isHeadline())
                            .thenComparing(d -> d.answersRead().isEmpty()))
                    .ifPresent(d -> values.put(family, d.code()));
        }
        headlines = List.copyOf(codes);
        values.values().stream().filter(c -> !codes.contains(c)).forEach(codes::add);
        int col = FIRST_VALUE_COL;
        for (String code : codes) {
            columns.put(code, col++);
            if (definition(code).roles().planned() != null) {
                plannedCols.put(code, col++);
            }
        }
    }

    /**
     * Writes the table, then the values the charts draw (see {@link SummaryCharts}); every figure is a formula
     * that finds its row of the indicators sheet by key ({@link IndicatorLookup}), so no sort moves it.
     */
    void writeTable(Rows r) {
        r.sheet().setColumnWidth(0, 14 * 256);
        r.sheet().setColumnWidth(1, 24 * 256);
        // Widths first: the labels' row is as high as its longest label wrapped in its column needs.
        columns.keySet().forEach(code -> r.sheet().setColumnWidth(columns.get(code),
                labelWidth(tx.t(definition(code).label())) * 256));
        plannedCols.values().forEach(col -> r.sheet().setColumnWidth(col, 10 * 256));
        r.row();
        r.text(0, tx.get("summary.scope"), st.header);
        r.text(1, tx.get("summary.name"), st.header);
        labels(r);
        fitLabels(r);
        r.row();
        r.text(0, "", st.header);
        r.text(1, "", st.header);
        columns.forEach((code, col) -> r.text(col, code, st.codeHeader));
        plannedCols.values().forEach(col -> r.text(col, "", st.header));
        r.sheet().createFreezePane(2, HEADER_ROWS);
        for (Scope scope : report.scopes()) {
            scopeRow(r, scope);
        }
        lastRow = r.index();
        int tableLastCol = FIRST_VALUE_COL + columns.size() + plannedCols.size() - 1;
        // Over every column: a sort through a filter that left one out would pair its figures with other rows.
        r.filter(1, tableLastCol + 1);
        // The columns right of a narrow table, which the charts span, as wide as the table's narrowest.
        for (int col = tableLastCol + 1; col <= SummaryPrint.CHARTS_MIN_LAST_COL; col++) {
            r.sheet().setColumnWidth(col, 12 * 256);
        }
        print = new SummaryPrint(r.sheet(), tableLastCol, HEADER_ROWS, lastRow);
        print.table();
        chartValues(r);
    }

    /**
     * The current row of labels as high as its longest label wrapped needs: bold, a label takes about a
     * seventh more room than {@link Rows#fittedHeight} counts, and a word is never cut, so a line may hold less.
     */
    private static void fitLabels(Rows r) {
        float height = 30f;
        for (Cell label : r.sheet().getRow(r.index())) {
            height = Math.max(height, Rows.fittedHeight(label.getStringCellValue(),
                    r.sheet().getColumnWidth(label.getColumnIndex()) / 256.0 / 1.3));
        }
        r.sheet().getRow(r.index()).setHeightInPoints(height);
    }

    /**
     * An indicator's column: as wide as its label's longest word and a little more (a word is never cut), at
     * least 12 and at most 18 characters; the table prints one page wide, so every character counts.
     */
    static int labelWidth(String label) {
        int longest = 0;
        for (String word : label.split("\\s+")) {
            longest = Math.max(longest, word.length());
        }
        return Math.max(12, Math.min(18, longest + 2));
    }

    /** The indicators' labels and their planned values' headers, in their columns of the current row. */
    private void labels(Rows r) {
        columns.forEach((code, col) -> r.text(col, tx.t(definition(code).label()), st.header));
        plannedCols.forEach((code, col) -> r.text(col,
                tx.get("summary.target", tx.t(definition(code).unit().label())), st.header));
    }

    /** One scope's row: its figures looked up by key, and the planned values on a collectivité's row. */
    private void scopeRow(Rows r, Scope scope) {
        r.row();
        r.text(0, tx.scope(scope));
        r.text(1, name(scope));
        columns.forEach((code, col) -> {
            Object value = layout.currentValue().get(code).get(scope);
            if (value != null) {
                Cell cell = lookup(r, col, code, scope, report.period(), value);
                String thin = layout.thin().getOrDefault(code, Map.of()).get(scope);
                if (thin != null) {
                    Rows.note(cell, thin); // a thin figure says so where a funder reads it
                }
            }
        });
        if (scope.collectivite() != null) { // the value is planned per collectivité
            plannedCols.forEach((code, col) -> r.number(col, definition(code).roles().planned().value(),
                    st.unit(definition(code).unit(), definition(code).roles().planned().value())));
        }
    }

    /** A scope's name, saying when a collectivité's programme does not run during the period. */
    String name(Scope scope) {
        return scope.isProgramme() ? tx.get("summary.whole.programme")
                : scope.isLab() ? tx.get("summary.whole.lab", scope.lab())
                : report.data().collectivite(scope.collectivite()).map(c -> tx.name(c, report.period())).orElse(scope.id());
    }

    /** A formula finding the value of {@code code} for {@code scope} and {@code period}, its result cached. */
    private Cell lookup(Rows r, int col, String code, Scope scope, org.recits.api.model.Period period, Object value) {
        Cell cell = r.formula(col, lookup.formula(IndicatorColumn.VALUE, IndicatorLookup.key(code, scope, period, tx)),
                st.unit(definition(code).unit(), value));
        cacheResult(cell, value);
        if (value instanceof String text) {
            r.fitHeight(col, text); // a mask wraps in a figure's narrow column
        }
        return cell;
    }

    /**
     * Below the table, outside its filter, the values the charts draw, one block per chart over the
     * collectivités ({@link #chartGroups}): its header row, then the collectivités with a figure in at least one
     * of its columns (a chart shows no empty slot), each figure in its column of the table above; then the
     * first indicator drawn as lines for the programme over the periods. A funder who sorts the table above
     * moves its rows (the programme among the collectivités); the charts' ranges would then cover other rows.
     */
    private void chartValues(Rows r) {
        r.skip();
        // The title goes with the first block, each block on one page.
        int blockStart = r.index();
        r.row();
        r.text(0, tx.get("summary.chart.values"), st.bold);
        for (ChartGroup group : chartGroups()) {
            int header = r.index() + 1;
            int first = -1;
            for (Scope scope : report.scopes()) {
                // the charts compare collectivités, not a lab with its own
                if (scope.collectivite() == null || group.codes().stream().noneMatch(c -> currentNumber(c, scope))) {
                    continue;
                }
                if (first < 0) {
                    r.row();
                    r.text(0, tx.get("summary.scope"), st.header);
                    r.text(1, tx.get("summary.name"), st.header);
                    for (String code : group.codes()) {
                        r.text(columns.get(code), tx.t(definition(code).label()), st.header);
                        if (plannedCols.containsKey(code)) {
                            r.text(plannedCols.get(code),
                                    tx.get("summary.target", tx.t(definition(code).unit().label())), st.header);
                        }
                    }
                    fitLabels(r);
                    first = header + 1;
                }
                r.row();
                r.text(0, tx.scope(scope));
                r.text(1, name(scope));
                for (String code : group.codes()) {
                    Object value = layout.currentValue().get(code).get(scope);
                    if (value != null) {
                        lookup(r, columns.get(code), code, scope, report.period(), value);
                    }
                    if (plannedCols.containsKey(code)) {
                        double planned = definition(code).roles().planned().value();
                        r.number(plannedCols.get(code), planned, st.unit(definition(code).unit(), planned));
                    }
                }
            }
            if (first >= 0) {
                chartBlocks.add(new ChartBlock(group, header, first, r.index()));
                print.keep(blockStart, r.index());
                blockStart = r.index() + 1;
            }
        }
        String lines = firstLines();
        IndicatorResult programme = lines == null ? null : IndicatorTable.byCode(report).get(lines).stream()
                .filter(res -> res.scope().isProgramme()).findFirst().orElse(null);
        if (programme != null) {
            List<org.recits.api.model.Period> periods = new ArrayList<>(report.previousPeriods());
            periods.add(report.period());
            r.skip();
            int trendStart = r.index();
            r.row();
            r.text(0, "", st.header);
            r.text(1, tx.get("chart.lines.over.time.series", tx.t(definition(lines).label())), st.header);
            for (int i = 0; i < periods.size(); i++) {
                r.text(FIRST_VALUE_COL + i, periods.get(i).label(tx.locale()), st.header);
            }
            trendHeaderRow = r.index();
            r.row();
            r.text(0, tx.scope(programme.scope()));
            r.text(1, tx.get("summary.whole.programme"));
            List<Observation> all = new ArrayList<>(programme.previous());
            all.add(programme.current());
            for (Observation o : all) {
                int i = periods.indexOf(o.period());
                if (i >= 0) {
                    lookup(r, FIRST_VALUE_COL + i, lines, programme.scope(), o.period(), IndicatorTable.cells(
                            programme, o, o == programme.current(), report, tx)[IndicatorColumn.VALUE.index()]);
                }
            }
            trendPeriods = periods.size();
            print.keep(trendStart, r.index());
        }
        blocksEnd = r.index();
    }

    /** Whether {@code scope}'s value of {@code code} for the period is a number (not n/d, not masked). */
    boolean currentNumber(String code, Scope scope) {
        return layout.currentValue().get(code).get(scope) instanceof Number;
    }

    /** What a chart over the collectivités shows. */
    enum ChartKindOfBlock {
        /** An indicator against its planned value: bars and a line. */
        PLANNED,
        /** The headline shares, stacked. */
        SHARES,
        /** The first indicator drawn as lines, as bars per collectivité. */
        LINES,
        /** The four values' scores side by side. */
        VALUES
    }

    /** The indicators a chart over the collectivités draws. */
    record ChartGroup(ChartKindOfBlock kind, List<String> codes) {
    }

    /**
     * The charts over the collectivités, in the order drawn: each headline indicator with a planned value
     * (against it), the headline shares stacked, the first drawn as lines, the four values.
     */
    List<ChartGroup> chartGroups() {
        List<ChartGroup> groups = new ArrayList<>();
        plannedCols.keySet().forEach(code -> groups.add(new ChartGroup(ChartKindOfBlock.PLANNED, List.of(code))));
        List<String> shares = columns.keySet().stream().filter(c -> definition(c).roles().isHeadline()
                && definition(c).roles().chart().kind() == ChartKind.SHARE).toList();
        if (!shares.isEmpty()) {
            groups.add(new ChartGroup(ChartKindOfBlock.SHARES, shares));
        }
        if (firstLines() != null) {
            groups.add(new ChartGroup(ChartKindOfBlock.LINES, List.of(firstLines())));
        }
        if (!values.isEmpty()) {
            groups.add(new ChartGroup(ChartKindOfBlock.VALUES, List.copyOf(values.values())));
        }
        return groups;
    }

    /**
     * The values a chart over the collectivités draws: what it shows, its header row (the series' titles),
     * the first and last rows of its collectivités (0-based); figures in the table's columns.
     */
    record ChartBlock(ChartGroup group, int headerRow, int firstRow, int lastRow) {

        List<String> codes() {
            return group.codes();
        }
    }

    /**
     * The summary has room for one indicator over time: the first headline indicator the charts draw as
     * lines (the attendance rate); null when none.
     */
    String firstLines() {
        return columns.keySet().stream()
                .filter(c -> definition(c).roles().isHeadline()
                        && definition(c).roles().chart().kind() == ChartKind.LINES)
                .findFirst().orElse(null);
    }

    /**
     * Caches the result of a formula that refers to a value cell of the indicators sheet, so that viewers
     * that do not recalculate (previews, some converters) show the figures and the charts' caches can be
     * read from it: the number or the text that cell holds (the indicators sheet is streamed, so the value
     * comes from the report, as the cell was written from it).
     */
    static void cacheResult(Cell formula, Object value) {
        if (value instanceof Number n) {
            formula.setCellValue(n.doubleValue());
        } else if (value instanceof String text) {
            formula.setCellValue(new XSSFRichTextString(text));
        } else {
            throw new IllegalStateException("an indicator value cell holds a number or a text, not " + value);
        }
    }

    /** Column of each indicator shown, by code, in column order. */
    Map<String, Integer> columns() {
        return columns;
    }

    /** The indicator shown for each of the four values, in family order. */
    Map<ValueFamily, String> values() {
        return values;
    }

    /** The column of the planned value beside each headline indicator that has one, by code. */
    Map<String, Integer> plannedColumns() {
        return plannedCols;
    }

    /** The definition of an indicator of the report. */
    IndicatorDefinition definition(String code) {
        return layout.definitions().get(code);
    }

    /** The table's last row (0-based), once written. */
    int lastRow() {
        return lastRow;
    }

    /** The charts' values over the collectivités, in the order of {@link #chartGroups}, empty ones left out. */
    List<ChartBlock> chartBlocks() {
        return chartBlocks;
    }

    /** The row of the periods of the programme's values over time (the values are on the next), -1 when none. */
    int trendHeaderRow() {
        return trendHeaderRow;
    }

    /** The number of periods drawn over time, from column {@link #FIRST_VALUE_COL}. */
    int trendPeriods() {
        return trendPeriods;
    }

    /** The headline indicators' codes, by rank then code. */
    List<String> headlines() {
        return headlines;
    }

    /** The formulas finding a figure on the indicators sheet by its key. */
    IndicatorLookup lookup() {
        return lookup;
    }

    /** How it prints. */
    SummaryPrint print() {
        return print;
    }

    /** The last row written, charts' values included: the charts go below. */
    int blocksEnd() {
        return blocksEnd;
    }
}
