package org.recits.report.excel.internal;

import java.util.ArrayList;
import java.util.List;
import org.recits.api.model.Period;
import org.recits.api.report.IndicatorResult;
import org.recits.api.report.Observation;
import org.recits.api.report.Report;

/**
 * The {@code Tendances} sheet: one row per indicator and scope, one column per period (the trend periods,
 * oldest first, then the report's); streamed, as a consolidated programme has thousands of rows.
 */
final class TrendsSheet {

    /** The fixed columns (code, label, scope, unit) come first, then one per period from this one. */
    static final int FIRST_PERIOD_COL = 4;

    private TrendsSheet() {
    }

    static void write(Rows r, Report report, Texts tx, Styles st) {
        List<Period> periods = new ArrayList<>(report.previousPeriods());
        periods.add(report.period());
        List<String> headers = new ArrayList<>(List.of("Code", tx.get("trends.indicator"),
                tx.get("trends.scope"), tx.get("trends.unit")));
        periods.forEach(p -> headers.add(p.label(tx.locale())));
        int[] widths = new int[headers.size()];
        int[] fixed = {28, 40, 14, 10};
        for (int i = 0; i < widths.length; i++) {
            widths[i] = i < fixed.length ? fixed[i] : 22;
        }
        r.header(headers.toArray(String[]::new), widths);
        r.sheet().createFreezePane(3, 1);
        for (List<IndicatorResult> results : IndicatorTable.byCode(report).values()) {
            for (IndicatorResult res : results) {
                r.row();
                r.text(0, res.definition().code(), st.code);
                r.text(1, tx.t(res.definition().label()));
                r.text(2, tx.scope(res.scope()));
                r.text(3, tx.t(res.definition().unit().label()));
                List<Observation> all = new ArrayList<>(res.previous());
                all.add(res.current());
                for (Observation o : all) {
                    int col = periods.indexOf(o.period());
                    if (col < 0) {
                        continue;
                    }
                    col += FIRST_PERIOD_COL;
                    if (o.suppressed()) {
                        r.text(col, tx.suppressed(o, report.suppressionThreshold()), st.unit(res.definition().unit()));
                    } else if (!o.value().isComputable()) {
                        r.text(col, tx.notAvailable(), st.unit(res.definition().unit()));
                    } else {
                        r.number(col, o.value().value(), st.unit(res.definition().unit(), o.value().value()));
                    }
                }
            }
        }
        r.filter(0, headers.size());
    }

}
