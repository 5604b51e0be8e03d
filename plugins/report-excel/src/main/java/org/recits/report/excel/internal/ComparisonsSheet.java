package org.recits.report.excel.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.Unit;
import org.recits.api.model.Period;
import org.recits.api.report.IndicatorResult;
import org.recits.api.report.Observation;
import org.recits.api.report.Report;

/**
 * The comparisons sheet: for each headline indicator and scope, the value, its n, the target band and status
 * (the word, coloured), the previous period's value, the same period a year earlier, and the changes. Every
 * figure is looked up by key on the indicators sheet, as the engine computed it (the trend periods'
 * observations): none is recomputed here. A period the report has no observation for shows n/d.
 *
 * <p>A sheet of its own, not under the summary's table: a sheet has one set of print titles, and once the
 * summary's table ran over a page (320 collectivités) its header printed above the comparisons' pages too,
 * over their own header. Here the title and the header are this sheet's print titles.
 */
final class ComparisonsSheet {

    static final int SCOPE = 0;
    static final int NAME = 1;
    static final int INDICATOR = 2;
    static final int VALUE = 3;
    static final int N = 4;
    static final int TARGET = 5;
    static final int STATUS = 6;
    static final int PREVIOUS = 7;
    static final int PREVIOUS_CHANGE = 8;
    static final int YEAR = 9;
    static final int YEAR_CHANGE = 10;
    /** The title and the header: the rows above the comparisons, repeated on each printed page. */
    static final int HEADER_ROWS = 2;
    /** The columns' widths, in characters: the texts wrap, the figures stand on one line. */
    private static final int[] WIDTHS = {14, 24, 24, 14, 12, 18, 10, 13, 13, 13, 13};

    private final Report report;
    private final Texts tx;
    private final Styles st;
    private final SummarySheet summary;
    private final IndicatorLookup lookup;
    private final Period previous;
    private final Period yearEarlier;

    /** @param summary the summary, written: its headline indicators, its scopes' names and its lookups */
    ComparisonsSheet(Report report, Texts tx, Styles st, SummarySheet summary) {
        this.report = report;
        this.tx = tx;
        this.st = st;
        this.summary = summary;
        this.lookup = summary.lookup();
        this.previous = report.period().previous();
        this.yearEarlier = yearEarlier(report.period());
    }

    /** The same period a year before: the quarter, month or year (or range of days) twelve months earlier. */
    static Period yearEarlier(Period p) {
        return switch (p.kind()) {
            case QUARTER -> p.previous(4).get(0);
            case MONTH -> p.previous(12).get(0);
            case YEAR -> p.previous();
            case RANGE -> Period.range(p.start().minusYears(1), p.end().minusYears(1));
        };
    }

    /** The title, the header, one row per headline indicator and scope, and what n/d means here. */
    void write(Rows r) {
        for (int col = 0; col < WIDTHS.length; col++) {
            r.sheet().setColumnWidth(col, WIDTHS[col] * 256);
        }
        r.row();
        r.text(0, tx.get("comparisons.title", report.period().label(tx.locale())), st.bold);
        header(r);
        r.sheet().createFreezePane(0, HEADER_ROWS);
        int first = r.index() + 1;
        for (String code : summary.headlines()) {
            for (IndicatorResult res : IndicatorTable.byCode(report).getOrDefault(code, List.of())) {
                row(r, res);
            }
        }
        if (r.index() >= first) {
            IndicatorsSheet.statusColours(r.sheet(), first, r.index(), STATUS, tx);
        }
        // The note across the table, wrapped: a long text spilling right would be cut in print.
        r.row();
        String note = tx.get("comparisons.note", tx.notAvailable());
        r.text(0, note, st.wrap);
        r.sheet().addMergedRegion(new CellRangeAddress(r.index(), r.index(), 0, YEAR_CHANGE));
        double width = 0;
        for (int col = 0; col <= YEAR_CHANGE; col++) {
            width += r.sheet().getColumnWidth(col) / 256.0;
        }
        r.sheet().getRow(r.index()).setHeightInPoints(Math.max(15f, Rows.fittedHeight(note, width)));
    }

    /** The header's labels. */
    private String[] headers() {
        return new String[] {tx.get("summary.scope"), tx.get("summary.name"), tx.get("comparisons.indicator"),
            tx.get("comparisons.value", report.period().label(tx.locale())), tx.get("comparisons.n"),
            tx.get("comparisons.target"), tx.get("comparisons.status"),
            tx.get("comparisons.previous", previous.label(tx.locale())), tx.get("comparisons.change"),
            tx.get("comparisons.year.earlier", yearEarlier.label(tx.locale())), tx.get("comparisons.change.year")};
    }

    /** The header row, as high as its longest label wrapped needs (bold, see SummarySheet.fitLabels). */
    private void header(Rows r) {
        r.row();
        String[] headers = headers();
        float height = 30;
        for (int i = 0; i < headers.length; i++) {
            r.text(i, headers[i], st.header);
            height = Math.max(height, Rows.fittedHeight(headers[i], r.sheet().getColumnWidth(i) / 256.0 / 1.3));
        }
        r.sheet().getRow(r.index()).setHeightInPoints(height);
    }

    private static String text(Object[] cells, IndicatorColumn column) {
        return cells[column.index()] == null ? "" : cells[column.index()].toString();
    }

    private void row(Rows r, IndicatorResult res) {
        IndicatorDefinition def = res.definition();
        r.row();
        r.text(SCOPE, tx.scope(res.scope()));
        r.text(NAME, summary.name(res.scope()), st.wrap);
        r.text(INDICATOR, tx.t(def.label()), st.wrap);
        Object[] cells = IndicatorTable.cells(res, res.current(), true, report, tx);
        Object value = value(r, VALUE, res, res.current(), cells);
        Object n = cells[IndicatorColumn.POPULATION.index()];
        if (n != null) {
            SummarySheet.cacheResult(r.formula(N, lookup.formula(IndicatorColumn.POPULATION, key(res, res.current())),
                    st.integer), n);
        }
        text(r, TARGET, IndicatorColumn.TARGET, res, cells);
        text(r, STATUS, IndicatorColumn.STATUS, res, cells);
        change(r, PREVIOUS_CHANGE, def.unit(), value, VALUE, PREVIOUS, past(r, PREVIOUS, res, previous));
        change(r, YEAR_CHANGE, def.unit(), value, VALUE, YEAR, past(r, YEAR, res, yearEarlier));
    }

    /** The value of a past period where the report has it; else n/d (returned as written). */
    private Object past(Rows r, int col, IndicatorResult res, Period period) {
        for (Observation o : res.previous()) {
            if (o.period().equals(period)) {
                return value(r, col, res, o, IndicatorTable.cells(res, o, false, report, tx));
            }
        }
        r.text(col, tx.notAvailable(), st.unit(res.definition().unit()));
        return tx.notAvailable();
    }

    /** The value cell of an observation, looked up by key, its result cached; returns that result. */
    private Object value(Rows r, int col, IndicatorResult res, Observation o, Object[] cells) {
        Object value = cells[IndicatorColumn.VALUE.index()];
        SummarySheet.cacheResult(r.formula(col, lookup.formula(IndicatorColumn.VALUE, key(res, o)),
                st.unit(res.definition().unit(), value)), value);
        if (value instanceof String text) {
            r.fitHeight(col, text);
        }
        return value;
    }

    /**
     * A text column of the observation's row ({@code &""}: an empty cell would read as 0), wrapped, its row
     * as high as the cached text needs (a long target band overran the rows below in print), set off by an
     * indent from the number on its left.
     */
    private void text(Rows r, int col, IndicatorColumn column, IndicatorResult res, Object[] cells) {
        String text = text(cells, column);
        SummarySheet.cacheResult(r.formula(col, lookup.formula(column, key(res, res.current())) + "&\"\"",
                st.wrapIndented), text);
        r.fitHeight(col, text);
    }

    /**
     * The change from a past value to the current one, both as the cells show them: percentages in points,
     * other units in their own; n/d unless both are numbers.
     */
    private void change(Rows r, int col, Unit unit, Object now, int nowCol, int pastCol, Object past) {
        int row = r.index();
        String a = new CellReference(row, nowCol).formatAsString();
        String b = new CellReference(row, pastCol).formatAsString();
        String points = unit == Unit.PERCENT ? "*100" : "";
        String na = "\"" + tx.notAvailable().replace("\"", "\"\"") + "\"";
        String formula = "IF(AND(ISNUMBER(" + a + "),ISNUMBER(" + b + ")),(" + a + "-" + b + ")" + points + "," + na + ")";
        // Rounded to 15 significant digits, as spreadsheets give a difference (0.8 - 0.75 is 0.05, not 0.050000000000000044).
        Object cached = now instanceof Number x && past instanceof Number y
                ? new BigDecimal((x.doubleValue() - y.doubleValue()) * (unit == Unit.PERCENT ? 100 : 1))
                        .round(new MathContext(15)).doubleValue()
                : tx.notAvailable();
        SummarySheet.cacheResult(r.formula(col, formula, st.change(unit, cached)), cached);
    }

    private String key(IndicatorResult res, Observation o) {
        return IndicatorLookup.key(res.definition().code(), res.scope(), o.period(), tx);
    }
}
