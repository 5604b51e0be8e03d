package org.recits.report.excel.internal;

/**
 * The columns of the indicators table, in order, declared once: the {@code Indicateurs} sheet (headers,
 * widths, typed cells), its CSV export, the summary's formulas, the defined names and the status colours
 * all find their column here.
 */
enum IndicatorColumn implements TableColumn {
    FAMILY("indicators.column.family", 14),
    CODE("indicators.column.code", 28),
    INDICATOR("indicators.column.indicator", 40),
    SCOPE("indicators.column.scope", 14),
    PERIOD("indicators.column.period", 11),
    START("indicators.column.start", 11),
    END("indicators.column.end", 11),
    VALUE("indicators.column.value", 22),
    UNIT("indicators.column.unit", 10),
    NUMERATOR("indicators.column.numerator", 12),
    DENOMINATOR("indicators.column.denominator", 13),
    POPULATION("indicators.column.population", 10),
    CI_LOW("indicators.column.ci.low", 11),
    CI_HIGH("indicators.column.ci.high", 11),
    TARGET("indicators.column.target", 30),
    STATUS("indicators.column.status", 12),
    NOTE("indicators.column.note", 60),
    REPORT_PERIOD("indicators.column.report.period", 10),
    /**
     * The row's key, « code|périmètre|période », by which the summary's formulas find the row wherever a sort
     * puts it (see {@link IndicatorLookup}); on the sheet only, the CSV export ends before it.
     */
    KEY("indicators.column.key", 48);

    private static final IndicatorColumn[] ALL = values();

    private final ColumnHeader header;

    IndicatorColumn(String key, int width) {
        this.header = new ColumnHeader(key, width);
    }

    @Override
    public ColumnHeader header() {
        return header;
    }

    static int count() {
        return ALL.length;
    }

    /** The columns of the CSV export: all but the key, which only the sheet's formulas need. */
    static int csvCount() {
        return KEY.index();
    }

    static IndicatorColumn at(int index) {
        return ALL[index];
    }
}
