package org.recits.report.excel.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.model.Scope;
import org.recits.api.report.IndicatorResult;
import org.recits.api.report.Report;

/**
 * Where each indicator's rows fall on the indicators sheet (0-based rows, the header being row 0), worked
 * out before the rows are streamed: the summary's formulas, the defined names and the charts are made from
 * it, and {@link IndicatorsSheet} checks that its rows fall where it says.
 *
 * @param definitions  each indicator's definition, by code, in sheet order
 * @param span         per code, its first and last row
 * @param current      per code and scope, the row of the report period's observation
 * @param currentValue per code and scope, that observation's value cell (a number, or the text shown instead)
 * @param thin         per code and scope, the note of a current value that rests on few units (none when absent)
 */
record IndicatorLayout(Map<String, IndicatorDefinition> definitions, Map<String, int[]> span,
        Map<String, Map<Scope, Integer>> current, Map<String, Map<Scope, Object>> currentValue,
        Map<String, Map<Scope, String>> thin) {

    static IndicatorLayout of(Report report, Texts tx) {
        Map<String, IndicatorDefinition> defs = new LinkedHashMap<>();
        Map<String, int[]> span = new LinkedHashMap<>();
        Map<String, Map<Scope, Integer>> current = new LinkedHashMap<>();
        Map<String, Map<Scope, Object>> currentValue = new LinkedHashMap<>();
        Map<String, Map<Scope, String>> thin = new LinkedHashMap<>();
        int row = 0; // the header
        for (Map.Entry<String, List<IndicatorResult>> e : IndicatorTable.byCode(report).entrySet()) {
            int first = row + 1;
            Map<Scope, Integer> cur = new LinkedHashMap<>();
            Map<Scope, Object> val = new LinkedHashMap<>();
            for (IndicatorResult res : e.getValue()) {
                defs.putIfAbsent(e.getKey(), res.definition());
                row += res.previous().size() + 1;
                cur.put(res.scope(), row);
                val.put(res.scope(), IndicatorTable.cells(res, res.current(), true, report, tx)
                        [IndicatorColumn.VALUE.index()]);
                String note = res.current().suppressed() ? "" : IndicatorTable.thin(res.current().value(), tx);
                if (!note.isEmpty()) {
                    thin.computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>()).put(res.scope(), note);
                }
            }
            span.put(e.getKey(), new int[] {first, row});
            current.put(e.getKey(), cur);
            currentValue.put(e.getKey(), val);
        }
        return new IndicatorLayout(defs, span, current, currentValue, thin);
    }

    /** The last row of the table (0 when it has no row but its header). */
    int lastRow() {
        return span.values().stream().mapToInt(s -> s[1]).max().orElse(0);
    }
}
