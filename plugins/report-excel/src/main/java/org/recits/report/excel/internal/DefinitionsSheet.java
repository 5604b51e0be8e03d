package org.recits.report.excel.internal;

import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.report.Report;

/**
 * The {@code Définitions} sheet: what each indicator measures and how it is computed, one row per indicator
 * in the order of the indicators sheet, with the plugin that provides it.
 */
final class DefinitionsSheet {

    private DefinitionsSheet() {
    }

    static void write(Rows r, Report report, Texts tx, IndicatorLayout layout) {
        String[] headers = {"Code", tx.get("definitions.indicator"), tx.get("definitions.description"),
            tx.get("definitions.formula"), tx.get("definitions.unit"), tx.get("definitions.direction"),
            tx.get("definitions.family"), tx.get("definitions.temporality"), tx.get("definitions.aggregation.programme"), tx.get("definitions.target"), tx.get("definitions.source")};
        // No plugin column: a bundle's symbolic name and version mean nothing to a funder; Provenance has them.
        int[] widths = {28, 36, 60, 70, 10, 20, 14, 20, 22, 30, 18};
        r.header(headers, widths);
        for (IndicatorDefinition d : layout.definitions().values()) {
            r.row();
            r.text(0, d.code(), r.styles().code);
            r.text(1, tx.t(d.label()));
            wrap(r, 2, tx.t(d.description()));
            wrap(r, 3, tx.t(d.formula()));
            r.text(4, tx.t(d.unit().label()));
            r.text(5, tx.t(d.direction().label()));
            r.text(6, tx.t(d.family().label()));
            r.text(7, tx.t(d.temporality().label()));
            r.text(8, tx.t(d.aggregation().label()));
            r.text(9, tx.t(d.target().text()));
            r.text(10, tx.t(d.sourceText()));
        }
        r.filter(0, headers.length);
    }

    private static void wrap(Rows r, int col, String value) {
        r.text(col, value, r.styles().wrap);
    }

}
