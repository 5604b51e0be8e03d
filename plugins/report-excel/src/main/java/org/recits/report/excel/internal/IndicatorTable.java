package org.recits.report.excel.internal;

import static org.recits.report.excel.internal.IndicatorColumn.CI_HIGH;
import static org.recits.report.excel.internal.IndicatorColumn.CI_LOW;
import static org.recits.report.excel.internal.IndicatorColumn.CODE;
import static org.recits.report.excel.internal.IndicatorColumn.DENOMINATOR;
import static org.recits.report.excel.internal.IndicatorColumn.END;
import static org.recits.report.excel.internal.IndicatorColumn.FAMILY;
import static org.recits.report.excel.internal.IndicatorColumn.INDICATOR;
import static org.recits.report.excel.internal.IndicatorColumn.KEY;
import static org.recits.report.excel.internal.IndicatorColumn.NOTE;
import static org.recits.report.excel.internal.IndicatorColumn.NUMERATOR;
import static org.recits.report.excel.internal.IndicatorColumn.PERIOD;
import static org.recits.report.excel.internal.IndicatorColumn.POPULATION;
import static org.recits.report.excel.internal.IndicatorColumn.REPORT_PERIOD;
import static org.recits.report.excel.internal.IndicatorColumn.SCOPE;
import static org.recits.report.excel.internal.IndicatorColumn.START;
import static org.recits.report.excel.internal.IndicatorColumn.STATUS;
import static org.recits.report.excel.internal.IndicatorColumn.TARGET;
import static org.recits.report.excel.internal.IndicatorColumn.UNIT;
import static org.recits.report.excel.internal.IndicatorColumn.VALUE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.recits.api.indicator.Detail;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.IndicatorValue;
import org.recits.api.indicator.Unit;
import org.recits.api.report.IndicatorResult;
import org.recits.api.report.Observation;
import org.recits.api.report.Report;

/**
 * The rows of the indicators table, as typed cells in the order of {@link IndicatorColumn}, shared by the
 * {@code Indicateurs} sheet and its CSV export so that both say exactly the same thing, suppression included.
 */
final class IndicatorTable {

    private IndicatorTable() {
    }

    /**
     * One observation as cells: {@code String}, {@code Double}, {@code Integer}, {@code LocalDate} or null
     * (empty). A suppressed value leaves nothing that would let a reader work the figure back out: no
     * value, numerator, denominator, population, interval, status, note or secondary figure.
     */
    static Object[] cells(IndicatorResult res, Observation o, boolean current, Report report, Texts tx) {
        IndicatorDefinition def = res.definition();
        IndicatorValue v = o.value();
        Row c = new Row();
        c.set(FAMILY, tx.t(def.family().label()));
        c.set(CODE, def.code());
        c.set(INDICATOR, tx.t(def.label()));
        c.set(SCOPE, tx.scope(res.scope()));
        c.set(PERIOD, o.period().label(tx.locale()));
        c.set(START, o.period().start());
        c.set(END, o.period().end());
        c.set(UNIT, tx.t(def.unit().label()));
        c.set(TARGET, tx.t(v.target().text()));
        c.set(REPORT_PERIOD, current ? tx.get("indicators.yes") : tx.get("indicators.no"));
        c.set(KEY, IndicatorLookup.key(def.code(), res.scope(), o.period(), tx));
        if (o.suppressed()) {
            c.set(VALUE, tx.suppressed(o, report.suppressionThreshold()));
            c.set(STATUS, tx.suppressedStatus());
            return c.cells;
        }
        c.set(NUMERATOR, v.numerator());
        c.set(DENOMINATOR, v.denominator());
        c.set(POPULATION, v.population());
        if (!v.isComputable()) {
            c.set(VALUE, tx.notAvailable());
            c.set(STATUS, tx.notAvailable());
            c.set(NOTE, join(tx.t(v.reason()), tx.t(v.note())));
            return c.cells;
        }
        c.set(VALUE, v.value());
        c.set(CI_LOW, v.ciLow());
        c.set(CI_HIGH, v.ciHigh());
        c.set(STATUS, tx.status(v.status()));
        c.set(NOTE, join(thin(v, tx), join(tx.t(v.note()), details(v.details(), tx))));
        return c.cells;
    }

    /** A row's cells, filled by column. */
    private static final class Row {
        final Object[] cells = new Object[IndicatorColumn.count()];

        void set(IndicatorColumn column, Object value) {
            cells[column.index()] = value;
        }
    }

    /** Results grouped by indicator code, in report order, so each indicator's rows are contiguous. */
    static Map<String, List<IndicatorResult>> byCode(Report report) {
        Map<String, List<IndicatorResult>> byCode = new LinkedHashMap<>();
        for (IndicatorResult res : report.results()) {
            byCode.computeIfAbsent(res.definition().code(), k -> new ArrayList<>()).add(res);
        }
        return byCode;
    }

    /** Every row of the table in sheet order: per indicator, per scope, the trend periods then the current one. */
    static void forEach(Report report, Texts tx, BiConsumer<IndicatorResult, Object[]> out) {
        for (List<IndicatorResult> results : byCode(report).values()) {
            for (IndicatorResult res : results) {
                for (Observation o : res.previous()) {
                    out.accept(res, cells(res, o, false, report, tx));
                }
                out.accept(res, cells(res, res.current(), true, report, tx));
            }
        }
    }

    /** First in the note, so that a rate on one session reads as thin before anything else. */
    static String thin(IndicatorValue v, Texts tx) {
        if (!v.restsOnFew()) {
            return "";
        }
        return tx.get("indicators.thin", String.valueOf(v.sampleSize()), String.valueOf(IndicatorValue.FEW));
    }

    private static String join(String a, String b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() ? a : a + " — " + b;
    }

    /** Secondary figures as a sentence (they have no column of their own). */
    private static String details(List<Detail> details, Texts tx) {
        return details.stream()
                .map(d -> tx.get("indicators.detail", tx.t(d.label()), format(d.value(), d.unit(), tx)))
                .collect(Collectors.joining(" ; "));
    }

    static String format(double v, Unit unit, Texts tx) {
        return unit == Unit.PERCENT || unit == Unit.COUNT ? number(v, unit, tx)
                : number(v, unit, tx) + " " + tx.t(unit.label());
    }

    /** A value without its unit's word: a percentage, or a number of the locale (35, not 35.0). */
    static String number(double v, Unit unit, Texts tx) {
        return unit == Unit.PERCENT ? tx.percent(v) : tx.decimal(v);
    }
}
