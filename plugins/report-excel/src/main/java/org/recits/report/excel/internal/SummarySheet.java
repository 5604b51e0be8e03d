package org.recits.report.excel.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.Unit;
import org.recits.api.indicator.ValueFamily;
import org.recits.api.model.Scope;
import org.recits.api.report.Report;

/**
 * The summary: one row per scope (programme first, then each collectivité) with the headline indicators'
 * values for the report's period as formulas pointing at the indicators sheet, and native charts over the
 * collectivités' rows. The columns follow the indicators' roles: the headline ones by rank, each followed
 * by its planned value when it has one, then one score per value; so a plugin's indicator takes its place
 * here by declaring it.
 */
final class SummarySheet {

    private static final Set<ValueFamily> VALUES = Set.of(ValueFamily.DEMOCRATIE, ValueFamily.QUALITE,
            ValueFamily.IMPACT, ValueFamily.PRODUCTIVITE);
    /** Rows above the scopes' rows: labels, then codes. */
    static final int HEADER_ROWS = 2;
    private static final int FIRST_VALUE_COL = 2;

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
    private int lastRow;

    SummarySheet(Report report, Texts tx, Styles st, IndicatorLayout layout) {
        this.report = report;
        this.tx = tx;
        this.st = st;
        this.layout = layout;
        // The headline indicators, by rank (then code), whichever plugin declares them.
        List<String> codes = new ArrayList<>(layout.definitions().values().stream()
                .filter(d -> d.roles().isHeadline())
                .sorted(Comparator.comparingInt((IndicatorDefinition d) -> d.roles().headline())
                        .thenComparing(IndicatorDefinition::code))
                .map(IndicatorDefinition::code).toList());
        // One score per value: the first of the family's scores not already a headline indicator.
        for (ValueFamily family : ValueFamily.values()) {
            if (!VALUES.contains(family)) {
                continue;
            }
            layout.definitions().values().stream()
                    .filter(d -> d.family() == family && d.unit() == Unit.SCORE && !d.roles().isHeadline())
                    .findFirst().ifPresent(d -> values.put(family, d.code()));
        }
        values.values().stream().filter(c -> !codes.contains(c)).forEach(codes::add);
        int col = FIRST_VALUE_COL;
        for (String code : codes) {
            columns.put(code, col++);
            if (definition(code).roles().planned() != null) {
                plannedCols.put(code, col++);
            }
        }
    }

    /** Writes the table; its formulas refer to the indicators sheet's value cells, as the layout places them. */
    void writeTable(Rows r) {
        r.sheet().setColumnWidth(0, 14 * 256);
        r.sheet().setColumnWidth(1, 26 * 256);
        r.row();
        r.text(0, tx.get("summary.scope"), st.header);
        r.text(1, tx.get("summary.name"), st.header);
        columns.forEach((code, col) -> {
            IndicatorDefinition d = layout.definitions().get(code);
            r.text(col, tx.t(d.label()), st.header);
            r.sheet().setColumnWidth(col, 24 * 256);
        });
        plannedCols.forEach((code, col) -> {
            r.text(col, tx.get("summary.target", tx.t(definition(code).unit().label())), st.header);
            r.sheet().setColumnWidth(col, 12 * 256);
        });
        r.sheet().getRow(0).setHeightInPoints(45);
        r.row();
        r.text(0, "", st.header);
        r.text(1, "", st.header);
        columns.forEach((code, col) -> r.text(col, code, st.header));
        plannedCols.values().forEach(col -> r.text(col, "", st.header));
        r.sheet().createFreezePane(2, HEADER_ROWS);
        String sheet = "'" + tx.indicators().replace("'", "''") + "'!";
        for (Scope scope : report.scopes()) {
            r.row();
            r.text(0, tx.scope(scope));
            r.text(1, scope.isProgramme() ? tx.get("summary.whole.programme")
                    : report.data().collectivite(scope.collectivite()).map(c -> tx.name(c, report.period())).orElse(scope.id()));
            columns.forEach((code, col) -> {
                Integer row = layout.current().get(code).get(scope);
                if (row != null) {
                    String ref = new CellReference(row, IndicatorColumn.VALUE.index()).formatAsString();
                    Cell cell = r.formula(col, sheet + ref, st.unit(layout.definitions().get(code).unit()));
                    cacheResult(cell, layout.currentValue().get(code).get(scope));
                    String thin = layout.thin().getOrDefault(code, Map.of()).get(scope);
                    if (thin != null) {
                        Rows.note(cell, thin); // a thin figure says so where a funder reads it
                    }
                }
            });
            if (!scope.isProgramme()) { // the value is planned per collectivité
                plannedCols.forEach((code, col) -> r.number(col, definition(code).roles().planned().value(),
                        st.unit(definition(code).unit())));
            }
        }
        lastRow = r.index();
        // As before roles: the filter stops at the last indicator's column or the last planned one, whichever
        // is further (it leaves out the last column when a planned one sits in the middle; kept byte-identical here).
        int lastPlanned = plannedCols.values().stream().mapToInt(Integer::intValue).max().orElse(-1);
        r.filter(1, Math.max(lastPlanned, FIRST_VALUE_COL + columns.size() - 1) + 1);
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
}
