package org.recits.report.excel.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.Unit;
import org.recits.api.indicator.ValueFamily;
import org.recits.api.model.Scope;
import org.recits.api.report.Report;

/**
 * The summary: one row per scope (programme first, then each collectivité) with the key indicators'
 * values for the report's period as formulas pointing at the indicators sheet, and native charts
 * over the collectivités' rows.
 */
final class SummarySheet {

    static final String DAYS = "PROT_INTERVENTION_DAYS";
    static final String ATTENDANCE = "PART_ATTENDANCE_RATE";
    static final String COLLECTIVITE_SHARE = "FIN_COLLECTIVITE_SHARE";
    static final String PARTNER_SHARE = "FIN_PARTNER_SHARE";
    /** The programme plans 35 intervention days per collectivité (the middle of the 30–40 green band). */
    static final double TARGET_DAYS = 35;

    /** The key activity indicators, in column order, when the report has them. */
    private static final List<String> KEY = List.of("PART_ACTIVE_AMBASSADORS", ATTENDANCE, "PART_RETENTION_RATE",
            DAYS, "PROT_CASES_COUNT", "QUAL_GROUP_WEATHER", "QUAL_SESSION_SATISFACTION", "CAP_SKILLS_GAIN",
            COLLECTIVITE_SHARE, PARTNER_SHARE);
    private static final Set<ValueFamily> VALUES = Set.of(ValueFamily.DEMOCRATIE, ValueFamily.QUALITE,
            ValueFamily.IMPACT, ValueFamily.PRODUCTIVITE);
    private static final int HEADER_ROWS = 2;
    /** Series colours: blue, orange, grey, gold, green; the target line in dark red. */
    private static final byte[][] PALETTE = {rgb(0x44, 0x72, 0xC4), rgb(0xED, 0x7D, 0x31), rgb(0xA5, 0xA5, 0xA5),
        rgb(0xFF, 0xC0, 0x00), rgb(0x70, 0xAD, 0x47)};
    private static final byte[] TARGET = rgb(0xC0, 0x00, 0x00);
    private static final String C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static final int FIRST_VALUE_COL = 2;

    private final Report report;
    private final Texts tx;
    private final Styles st;
    private final WorkbookWriter.Layout layout;
    /** Column of each indicator shown, by code, in column order. */
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    /** The indicator chosen for each of the four values, in family order. */
    private final Map<ValueFamily, String> values = new LinkedHashMap<>();
    private int targetCol = -1;
    private int lastRow;

    SummarySheet(Report report, Texts tx, Styles st, WorkbookWriter.Layout layout) {
        this.report = report;
        this.tx = tx;
        this.st = st;
        this.layout = layout;
        List<String> codes = new ArrayList<>();
        KEY.stream().filter(layout.definitions()::containsKey).forEach(codes::add);
        // One score per value: the first of the family's scores not already a key activity indicator.
        for (ValueFamily family : ValueFamily.values()) {
            if (!VALUES.contains(family)) {
                continue;
            }
            layout.definitions().values().stream()
                    .filter(d -> d.family() == family && d.unit() == Unit.SCORE && !KEY.contains(d.code()))
                    .findFirst().ifPresent(d -> values.put(family, d.code()));
        }
        values.values().stream().filter(c -> !codes.contains(c)).forEach(codes::add);
        int col = FIRST_VALUE_COL;
        for (String code : codes) {
            columns.put(code, col++);
            if (code.equals(DAYS)) {
                targetCol = col++;
            }
        }
    }

    /** Writes the table; its formulas refer to the indicators sheet's value cells, as the layout places them. */
    void writeTable(Rows r) {
        r.sheet().setColumnWidth(0, 14 * 256);
        r.sheet().setColumnWidth(1, 26 * 256);
        r.row();
        r.text(0, tx.t("Périmètre", "Scope"), st.header);
        r.text(1, tx.t("Nom", "Name"), st.header);
        columns.forEach((code, col) -> {
            IndicatorDefinition d = layout.definitions().get(code);
            r.text(col, tx.t(d.label()), st.header);
            r.sheet().setColumnWidth(col, 24 * 256);
        });
        if (targetCol >= 0) {
            r.text(targetCol, tx.t("Cible (jours)", "Target (days)"), st.header);
            r.sheet().setColumnWidth(targetCol, 12 * 256);
        }
        r.sheet().getRow(0).setHeightInPoints(45);
        r.row();
        r.text(0, "", st.header);
        r.text(1, "", st.header);
        columns.forEach((code, col) -> r.text(col, code, st.header));
        if (targetCol >= 0) {
            r.text(targetCol, "", st.header);
        }
        r.sheet().createFreezePane(2, HEADER_ROWS);
        String sheet = "'" + tx.indicators().replace("'", "''") + "'!";
        for (Scope scope : report.scopes()) {
            r.row();
            r.text(0, tx.scope(scope));
            r.text(1, scope.isProgramme() ? tx.t("Ensemble du programme", "Whole programme")
                    : report.data().collectivite(scope.collectivite()).map(c -> tx.name(c, report.period())).orElse(scope.id()));
            columns.forEach((code, col) -> {
                Integer row = layout.current().get(code).get(scope);
                if (row != null) {
                    String ref = new CellReference(row, WorkbookWriter.VALUE_COL).formatAsString();
                    Cell cell = r.formula(col, sheet + ref, st.unit(layout.definitions().get(code).unit()));
                    cacheResult(cell, layout.currentValue().get(code).get(scope));
                    String thin = layout.thin().getOrDefault(code, Map.of()).get(scope);
                    if (thin != null) {
                        Rows.note(cell, thin); // a thin figure says so where a funder reads it
                    }
                }
            });
            if (targetCol >= 0 && !scope.isProgramme()) {
                r.number(targetCol, TARGET_DAYS, st.unit(Unit.DAYS));
            }
        }
        lastRow = r.index();
        r.filter(1, Math.max(targetCol, FIRST_VALUE_COL + columns.size() - 1) + 1);
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

    /** Charts over the collectivités' rows (the programme's totals would dwarf them). */
    /**
     * The summary's charts, plus attendance over time, drawn from the programme's row of the trends
     * sheet (one column per period), which is streamed: the chart gets its values with their ranges.
     */
    void writeCharts(XSSFSheet sheet, String trends) {
        writeCharts(sheet);
        int row = 1;
        for (List<org.recits.api.report.IndicatorResult> results : WorkbookWriter.byCode(report).values()) {
            for (org.recits.api.report.IndicatorResult res : results) {
                if (res.definition().code().equals(ATTENDANCE) && res.scope().isProgramme()) {
                    attendanceOverTime(sheet, trends, row, res);
                    return;
                }
                row++;
            }
        }
    }

    private void attendanceOverTime(XSSFSheet sheet, String trends, int row,
            org.recits.api.report.IndicatorResult res) {
        List<org.recits.api.model.Period> order = new ArrayList<>(report.previousPeriods());
        order.add(report.period());
        int periods = order.size();
        // As the trends sheet holds them: its period headers, and a number only where one is shown.
        String[] labelTexts = new String[periods];
        Double[] valueNumbers = new Double[periods];
        List<org.recits.api.report.Observation> all = new ArrayList<>(res.previous());
        all.add(res.current());
        for (int i = 0; i < periods; i++) {
            labelTexts[i] = order.get(i).label(tx.locale());
        }
        for (org.recits.api.report.Observation o : all) {
            int i = order.indexOf(o.period());
            if (i >= 0 && !o.suppressed() && o.value().isComputable()) {
                valueNumbers[i] = o.value().value();
            }
        }
        // The four fixed columns of the trends sheet (code, label, scope, unit), then one per period.
        String labels = new CellRangeAddress(0, 0, 4, 3 + periods).formatAsString(trends, true);
        String values = new CellRangeAddress(row, row, 4, 3 + periods).formatAsString(trends, true);
        XSSFDrawing drawing = sheet.getDrawingPatriarch() != null ? sheet.getDrawingPatriarch()
                : sheet.createDrawingPatriarch();
        int slot = drawing.getCharts().size();
        XSSFChart chart = chart(drawing, slot, tx.t("Taux de présence du programme au fil des trimestres",
                "Programme attendance rate over the quarters"));
        Axes axes = axes(chart, "0%");
        axes.val.setMinimum(0);
        axes.val.setMaximum(1);
        XDDFLineChartData line = (XDDFLineChartData) chart.createData(ChartTypes.LINE, axes.cat, axes.val);
        line.setVaryColors(false);
        XDDFLineChartData.Series s = (XDDFLineChartData.Series) line.addSeries(
                XDDFDataSourcesFactory.fromArray(labelTexts, labels),
                XDDFDataSourcesFactory.fromArray(valueNumbers, values));
        s.setTitle(tx.t("Taux de présence (programme)", "Attendance rate (programme)"), null);
        XDDFLineProperties stroke = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(PALETTE[0])));
        stroke.setWidth(2.25);
        s.setLineProperties(stroke);
        s.setMarkerStyle(MarkerStyle.CIRCLE);
        s.setSmooth(false);
        chart.plot(line);
    }

    void writeCharts(XSSFSheet sheet) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < report.scopes().size(); i++) {
            if (!report.scopes().get(i).isProgramme()) {
                first = first < 0 ? HEADER_ROWS + i : first;
                last = HEADER_ROWS + i;
            }
        }
        if (first < 0) {
            return;
        }
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XDDFDataSource<String> names = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(first, last, 1, 1));
        int[] slot = {0};
        if (columns.containsKey(DAYS)) {
            XSSFChart chart = chart(drawing, slot[0]++, tx.t("Jours d’intervention par collectivité (cible : 35)",
                    "Intervention days per collectivité (target: 35)"));
            Axes axes = axes(chart, null);
            XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, axes.cat, axes.val);
            bars.setBarDirection(BarDirection.COL);
            bars.setBarGrouping(BarGrouping.CLUSTERED);
            bars.setVaryColors(false);
            series(bars, sheet, names, columns.get(DAYS), first, last);
            chart.plot(bars);
            XDDFLineChartData line = (XDDFLineChartData) chart.createData(ChartTypes.LINE, axes.cat, axes.val);
            line.setVaryColors(false);
            XDDFLineChartData.Series target = (XDDFLineChartData.Series) series(line, sheet, names, targetCol,
                    first, last);
            target.setMarkerStyle(MarkerStyle.NONE);
            target.setSmooth(false);
            chart.plot(line);
        }
        List<Integer> shares = new ArrayList<>();
        for (String code : List.of(COLLECTIVITE_SHARE, PARTNER_SHARE)) {
            if (columns.containsKey(code)) {
                shares.add(columns.get(code));
            }
        }
        if (!shares.isEmpty()) {
            XSSFChart chart = chart(drawing, slot[0]++, tx.t("Répartition des financements",
                    "Funding split"));
            Axes axes = axes(chart, "0%");
            axes.val.setMinimum(0);
            axes.val.setMaximum(1);
            XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, axes.cat, axes.val);
            bars.setBarDirection(BarDirection.COL);
            bars.setBarGrouping(BarGrouping.STACKED);
            bars.setVaryColors(false);
            for (int col : shares) {
                series(bars, sheet, names, col, first, last);
            }
            chart.plot(bars);
            fullOverlap(chart);
        }
        if (columns.containsKey(ATTENDANCE)) {
            XSSFChart chart = chart(drawing, slot[0]++, tx.t("Taux de présence par collectivité",
                    "Attendance rate per collectivité"));
            Axes axes = axes(chart, "0%");
            axes.val.setMinimum(0);
            XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, axes.cat, axes.val);
            bars.setBarDirection(BarDirection.COL);
            bars.setBarGrouping(BarGrouping.CLUSTERED);
            bars.setVaryColors(false);
            series(bars, sheet, names, columns.get(ATTENDANCE), first, last);
            chart.plot(bars);
        }
        if (!values.isEmpty()) {
            XSSFChart chart = chart(drawing, slot[0]++, tx.t("Les quatre valeurs par collectivité (score sur 5)",
                    "The four values per collectivité (score out of 5)"));
            Axes axes = axes(chart, null);
            axes.val.setMinimum(0);
            axes.val.setMaximum(5);
            XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, axes.cat, axes.val);
            bars.setBarDirection(BarDirection.COL);
            bars.setBarGrouping(BarGrouping.CLUSTERED);
            bars.setVaryColors(false);
            for (String code : values.values()) {
                series(bars, sheet, names, columns.get(code), first, last);
            }
            chart.plot(bars);
        }
    }

    /**
     * Stacked bars need {@code <c:overlap val="100"/>} or Excel draws them side by side, shifted.
     * {@code XDDFBarChartData.setOverlap} needs a schema type that the lite OOXML schemas shipped in
     * lib-poi leave out, so the element is written untyped, where the schema wants it: before the axes ids.
     */
    private static void fullOverlap(XSSFChart chart) {
        CTBarChart bar = chart.getCTChart().getPlotArea().getBarChartArray(0);
        try (XmlCursor c = bar.newCursor()) {
            if (c.toChild(new QName(C_NS, "axId"))) {
                c.beginElement(new QName(C_NS, "overlap"));
                c.insertAttributeWithValue("val", "100");
            }
        }
    }

    private static byte[] rgb(int r, int g, int b) {
        return new byte[] {(byte) r, (byte) g, (byte) b};
    }

    private record Axes(XDDFCategoryAxis cat, XDDFValueAxis val) {
    }

    /** Charts one below the other, under the table, all as wide as the first six columns. */
    private XSSFChart chart(XSSFDrawing drawing, int slot, String title) {
        int top = lastRow + 3 + slot * 22;
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, top, 6, top + 20);
        XSSFChart chart = drawing.createChart(anchor);
        // POI writes the title's language from the machine's locale unless told: the report's, for the same bytes everywhere.
        org.apache.poi.util.LocaleUtil.setUserLocale(tx.locale());
        try {
            chart.setTitleText(title);
        } finally {
            org.apache.poi.util.LocaleUtil.resetUserLocale();
        }
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        return chart;
    }

    private static Axes axes(XSSFChart chart, String format) {
        XDDFCategoryAxis cat = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis val = chart.createValueAxis(AxisPosition.LEFT);
        val.setCrosses(AxisCrosses.AUTO_ZERO);
        // Bars sit between the tick marks, as Excel draws column charts.
        val.setCrossBetween(AxisCrossBetween.BETWEEN);
        if (format != null) {
            val.setNumberFormat(format);
        }
        return new Axes(cat, val);
    }

    /** A series over one column of the collectivités' rows, titled by the column's header cell. */
    private static XDDFChartData.Series series(XDDFChartData data, XSSFSheet sheet, XDDFDataSource<String> names,
            int col, int first, int last) {
        // The values are given with their range: reading the range would make POI evaluate the formulas,
        // which refer to the streamed indicators sheet. The cells' cached results are those values.
        Double[] values = new Double[last - first + 1];
        for (int r = first; r <= last; r++) {
            org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
            Cell c = row == null ? null : row.getCell(col);
            CellType type = c == null ? CellType.BLANK
                    : c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
            values[r - first] = type == CellType.NUMERIC ? c.getNumericCellValue() : null;
        }
        XDDFNumericalDataSource<Double> vals = XDDFDataSourcesFactory.fromArray(values,
                new CellRangeAddress(first, last, col, col).formatAsString(sheet.getSheetName(), true));
        XDDFChartData.Series s = data.addSeries(names, vals);
        // Without explicit colours LibreOffice draws the series invisible (no fill, no line).
        XDDFSolidFillProperties fill = new XDDFSolidFillProperties(
                XDDFColor.from(PALETTE[(int) (data.getSeriesCount() - 1) % PALETTE.length]));
        if (data instanceof XDDFLineChartData) {
            XDDFLineProperties line = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(TARGET)));
            line.setWidth(2.25);
            s.setLineProperties(line);
        } else {
            s.setFillProperties(fill);
        }
        s.setTitle(sheet.getRow(0).getCell(col).getStringCellValue(),
                new CellReference(sheet.getSheetName(), 0, col, true, true));
        return s;
    }
}
