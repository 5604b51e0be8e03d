package org.recits.report.excel.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.namespace.QName;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.LocaleUtil;
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
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.recits.api.indicator.ChartKind;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.Unit;
import org.recits.api.indicator.ValueFamily;

/**
 * The summary's native charts (DrawingML, never pictures), below its table, chosen by the indicators'
 * roles: each headline indicator against its planned value (the intervention days), the headline shares
 * stacked (the funding split), the first headline indicator drawn as lines per collectivité and over the
 * quarters (the attendance rate), and the four values. Each is drawn only when its columns exist; series
 * carry explicit colours.
 */
final class SummaryCharts {

    /** Series colours: blue, orange, grey, gold, green; the target line in dark red. */
    private static final byte[][] PALETTE = {rgb(0x44, 0x72, 0xC4), rgb(0xED, 0x7D, 0x31), rgb(0xA5, 0xA5, 0xA5),
        rgb(0xFF, 0xC0, 0x00), rgb(0x70, 0xAD, 0x47)};
    private static final byte[] TARGET = rgb(0xC0, 0x00, 0x00);
    private static final String C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    private final Texts tx;
    /** The summary's columns, by code. */
    private final Map<String, Integer> columns;
    /** The indicator shown for each of the four values. */
    private final Map<ValueFamily, String> values;
    /** The planned value's column beside each headline indicator that has one, by code. */
    private final Map<String, Integer> plannedCols;
    private final SummarySheet summary;

    /** @param summary the summary, its table written */
    SummaryCharts(Texts tx, SummarySheet summary) {
        this.tx = tx;
        this.columns = summary.columns();
        this.values = summary.values();
        this.plannedCols = summary.plannedColumns();
        this.summary = summary;
    }

    /**
     * The summary's charts over the collectivités' values (the programme's totals would dwarf them), plus the
     * first indicator drawn as lines for the programme over the periods, all from the values the summary
     * writes for them below its table; the chart gets them with their ranges (reading the ranges would make
     * POI evaluate their formulas, which refer to the streamed indicators sheet).
     */
    void write(XSSFSheet sheet) {
        overScopes(sheet);
        String lines = summary.firstLines();
        if (lines != null && summary.trendHeaderRow() >= 0) {
            overTime(sheet, summary.definition(lines));
        }
    }

    private void overTime(XSSFSheet sheet, IndicatorDefinition def) {
        int periods = summary.trendPeriods();
        int from = SummarySheet.FIRST_VALUE_COL;
        int header = summary.trendHeaderRow();
        String[] labelTexts = new String[periods];
        for (int i = 0; i < periods; i++) {
            labelTexts[i] = sheet.getRow(header).getCell(from + i).getStringCellValue();
        }
        Double[] valueNumbers = cached(sheet, header + 1, header + 1, from, from + periods - 1);
        String labels = new CellRangeAddress(header, header, from, from + periods - 1)
                .formatAsString(sheet.getSheetName(), true);
        String values = new CellRangeAddress(header + 1, header + 1, from, from + periods - 1)
                .formatAsString(sheet.getSheetName(), true);
        XSSFDrawing drawing = sheet.getDrawingPatriarch() != null ? sheet.getDrawingPatriarch()
                : sheet.createDrawingPatriarch();
        int slot = drawing.getCharts().size();
        String label = tx.t(def.label());
        // English puts the label inside the sentence ({1}: its first letter in lower case), French first ({0}).
        XSSFChart chart = chart(drawing, slot, tx.get("chart.lines.over.time", label, lowerFirst(label)));
        Axes axes = axes(chart, axisFormat(def.unit()));
        axes.val.setMinimum(0);
        if (def.unit() == Unit.PERCENT) {
            axes.val.setMaximum(1);
        }
        XDDFLineChartData line = (XDDFLineChartData) chart.createData(ChartTypes.LINE, axes.cat, axes.val);
        line.setVaryColors(false);
        XDDFLineChartData.Series s = (XDDFLineChartData.Series) line.addSeries(
                XDDFDataSourcesFactory.fromArray(labelTexts, labels),
                XDDFDataSourcesFactory.fromArray(valueNumbers, values));
        s.setTitle(tx.get("chart.lines.over.time.series", label), null);
        XDDFLineProperties stroke = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(PALETTE[0])));
        stroke.setWidth(2.25);
        s.setLineProperties(stroke);
        s.setMarkerStyle(MarkerStyle.CIRCLE);
        s.setSmooth(false);
        chart.plot(line);
    }

    private void overScopes(XSSFSheet sheet) {
        int first = summary.chartFirstRow();
        int last = summary.chartLastRow();
        if (first < 0) {
            return;
        }
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XDDFDataSource<String> names = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(first, last, 1, 1));
        int[] slot = {0};
        for (Map.Entry<String, Integer> planned : plannedCols.entrySet()) {
            IndicatorDefinition def = summary.definition(planned.getKey());
            XSSFChart chart = chart(drawing, slot[0]++, tx.get("chart.planned", tx.t(def.label()),
                    IndicatorTable.number(def.roles().planned().value(), def.unit(), tx)));
            Axes axes = axes(chart, axisFormat(def.unit()));
            XDDFBarChartData bars = columns(chart, axes, BarGrouping.CLUSTERED);
            series(bars, sheet, names, columns.get(def.code()), first, last);
            chart.plot(bars);
            XDDFLineChartData line = (XDDFLineChartData) chart.createData(ChartTypes.LINE, axes.cat, axes.val);
            line.setVaryColors(false);
            XDDFLineChartData.Series target = (XDDFLineChartData.Series) series(line, sheet, names,
                    planned.getValue(), first, last);
            target.setMarkerStyle(MarkerStyle.NONE);
            target.setSmooth(false);
            chart.plot(line);
        }
        // What the collectivités and their partners pay: the headline shares, stacked.
        List<Integer> shares = new ArrayList<>();
        columns.forEach((code, col) -> {
            if (summary.definition(code).roles().isHeadline()
                    && summary.definition(code).roles().chart().kind() == ChartKind.SHARE) {
                shares.add(col);
            }
        });
        if (!shares.isEmpty()) {
            XSSFChart chart = chart(drawing, slot[0]++, tx.get("chart.funding.split"));
            Axes axes = axes(chart, "0%");
            axes.val.setMinimum(0);
            axes.val.setMaximum(1);
            XDDFBarChartData bars = columns(chart, axes, BarGrouping.STACKED);
            for (int col : shares) {
                series(bars, sheet, names, col, first, last);
            }
            chart.plot(bars);
            fullOverlap(chart);
        }
        String lines = summary.firstLines();
        if (lines != null) {
            IndicatorDefinition def = summary.definition(lines);
            XSSFChart chart = chart(drawing, slot[0]++, tx.get("chart.lines", tx.t(def.label())));
            Axes axes = axes(chart, axisFormat(def.unit()));
            axes.val.setMinimum(0);
            XDDFBarChartData bars = columns(chart, axes, BarGrouping.CLUSTERED);
            series(bars, sheet, names, columns.get(lines), first, last);
            chart.plot(bars);
        }
        if (!values.isEmpty()) {
            XSSFChart chart = chart(drawing, slot[0]++, tx.get("chart.values"));
            Axes axes = axes(chart, null);
            axes.val.setMinimum(0);
            axes.val.setMaximum(5);
            XDDFBarChartData bars = columns(chart, axes, BarGrouping.CLUSTERED);
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

    /** The value axis's number format: percentages as such, other units Excel's default. */
    private static String axisFormat(Unit unit) {
        return unit == Unit.PERCENT ? "0%" : null;
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ENGLISH) + text.substring(1);
    }

    private static byte[] rgb(int r, int g, int b) {
        return new byte[] {(byte) r, (byte) g, (byte) b};
    }

    private record Axes(XDDFCategoryAxis cat, XDDFValueAxis val) {
    }

    /**
     * The columns a chart spans: right of the scope and name columns, which print on every page
     * ({@link SummaryPrint}) and would repeat a chart's left part on the table's further pages.
     */
    static final int FIRST_COL = 2;
    static final int LAST_COL = 7;
    /** The rows a chart takes, the gap below it included. */
    static final int SLOT_ROWS = 22;

    /** The row a chart's slot starts at, under the table and the values the charts draw. */
    static int top(SummarySheet summary, int slot) {
        return summary.blocksEnd() + 3 + slot * SLOT_ROWS;
    }

    /** Charts one below the other, under the table, from {@link #FIRST_COL} to {@link #LAST_COL}. */
    private XSSFChart chart(XSSFDrawing drawing, int slot, String title) {
        int top = top(summary, slot);
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, FIRST_COL, top, LAST_COL + 1, top + SLOT_ROWS - 2);
        XSSFChart chart = drawing.createChart(anchor);
        // POI writes the title's language from the machine's locale unless told: the report's, for the same bytes everywhere.
        LocaleUtil.setUserLocale(tx.locale());
        try {
            chart.setTitleText(title);
        } finally {
            LocaleUtil.resetUserLocale();
        }
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        return chart;
    }

    /** Vertical bars on {@code axes}, one colour per series. */
    private static XDDFBarChartData columns(XSSFChart chart, Axes axes, BarGrouping grouping) {
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, axes.cat, axes.val);
        bars.setBarDirection(BarDirection.COL);
        bars.setBarGrouping(grouping);
        bars.setVaryColors(false);
        return bars;
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

    /** The numbers the cells of a range hold or cache, row by row; null where a text (n/d, masqué) or nothing is. */
    private static Double[] cached(XSSFSheet sheet, int firstRow, int lastRow, int firstCol, int lastCol) {
        Double[] values = new Double[(lastRow - firstRow + 1) * (lastCol - firstCol + 1)];
        int i = 0;
        for (int r = firstRow; r <= lastRow; r++) {
            for (int col = firstCol; col <= lastCol; col++) {
                org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
                Cell c = row == null ? null : row.getCell(col);
                CellType type = c == null ? CellType.BLANK
                        : c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
                values[i++] = type == CellType.NUMERIC ? c.getNumericCellValue() : null;
            }
        }
        return values;
    }

    /** A series over one column of the collectivités' values, titled by the column's header cell. */
    private XDDFChartData.Series series(XDDFChartData data, XSSFSheet sheet, XDDFDataSource<String> names,
            int col, int first, int last) {
        // The values are given with their range: reading the range would make POI evaluate the formulas,
        // which refer to the streamed indicators sheet. The cells' cached results are those values.
        Double[] values = cached(sheet, first, last, col, col);
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
        int header = summary.chartHeaderRow();
        s.setTitle(sheet.getRow(header).getCell(col).getStringCellValue(),
                new CellReference(sheet.getSheetName(), header, col, true, true));
        return s;
    }
}
