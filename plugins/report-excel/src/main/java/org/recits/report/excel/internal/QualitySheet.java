package org.recits.report.excel.internal;

import org.recits.api.data.Finding;
import org.recits.api.report.Report;

/**
 * The {@code Qualité des données} sheet: every finding of the data folder's reading (a rejected row, answer
 * or file, or a warning), with its file, line, column, value and reason.
 */
final class QualitySheet {

    private QualitySheet() {
    }

    static void write(Rows r, Report report, Texts tx) {
        String[] headers = {tx.get("quality.severity"), tx.get("quality.file"), tx.get("quality.line"),
            tx.get("quality.column"), tx.get("quality.value"), tx.get("quality.reason")};
        int[] widths = {14, 30, 8, 20, 24, 80};
        Styles st = r.styles();
        r.header(headers, widths);
        for (Finding f : report.data().findings()) {
            r.row();
            // a rejection may drop a row, one answer of a kept row, or a whole file: not always "a row"
            r.text(0, f.severity() == Finding.Severity.REJECTED ? tx.get("quality.rejection")
                    : tx.get("quality.warning"));
            r.text(1, f.file());
            if (f.line() > 0) {
                r.number(2, f.line(), st.plain);
            }
            r.text(3, f.column());
            r.text(4, f.value());
            r.text(5, tx.t(f.reason()), st.wrap);
        }
        if (report.data().findings().isEmpty()) {
            r.row();
            r.text(0, tx.get("quality.no.finding"));
        }
        r.filter(0, headers.length);
    }

}
