package org.recits.report.excel.internal;

import java.util.Arrays;
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
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.Unit;

/**
 * The summary's native charts (DrawingML, never pictures), below its table, chosen by the indicators'
 * roles: each headline indicator against its planned value (the intervention days), the headline shares
 * stacked (the funding split), the first headline indicator drawn as lines per collectivité and over the
 * quarters (the attendance rate), and the four values. Each is drawn only when it has a figure to draw, over
 * the collectivités that have one, with no empty series; series carry explicit colours, and hatching and
 * dashes that a grey print keeps.
 */
final class SummaryCharts {

    /**
     * Bars' fills, those of the narrative's charts (report-charts' Style): lightness steps far apart, hue as a
     * bonus on screen; two have the same grey, which the hatching tells apart. The target line in dark red.
     */
    private static final byte[][] FILLS = {rgb(0x1F, 0x3A, 0x5F), rgb(0xE0, 0x9A, 0x3E), rgb(0x7F, 0xA7, 0xC9),
        rgb(0x4A, 0x4A, 0x4A), rgb(0xF2, 0xF2, 0xF2)};
    /** Hatching by series, DrawingML's presets: none, rising, horizontal, falling, vertical. */
    private static final String[] HATCHES = {null, "wdUpDiag", "ltHorz", "wdDnDiag", "ltVert"};
    private static final byte[] TARGET = rgb(0xC0, 0x00, 0x00);
    private static final byte[] OUTLINE = rgb(0x33, 0x33, 0x33);
    private static final byte[] WHITE = rgb(0xFF, 0xFF, 0xFF);
    private static final byte[] LINE = rgb(0x1F, 0x3A, 0x5F);
    private static final String C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static final String A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";

    private final Texts tx;
    /** The summary's columns, by code. */
    private final Map<String, Integer> columns;
    /** The planned value's column beside each headline indicator that has one, by code. */
    private final Map<String, Integer> plannedCols;
    private final SummarySheet summary;

    /** @param summary the summary, its table written */
    SummaryCharts(Texts tx, SummarySheet summary) {
        this.tx = tx;
        this.columns = summary.columns();
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
        XDDFLineProperties stroke = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(LINE)));
        stroke.setWidth(2.25);
        s.setLineProperties(stroke);
        s.setMarkerStyle(MarkerStyle.CIRCLE);
        s.setSmooth(false);
        chart.plot(line);
    }

    /** One chart per block of values the summary wrote for it, in the order of {@link SummarySheet#chartGroups}. */
    private void overScopes(XSSFSheet sheet) {
        if (summary.chartBlocks().isEmpty()) {
            return;
        }
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int slot = 0;
        for (SummarySheet.ChartBlock block : summary.chartBlocks()) {
            XDDFDataSource<String> names = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                    new CellRangeAddress(block.firstRow(), block.lastRow(), 1, 1));
            IndicatorDefinition def = summary.definition(block.codes().get(0));
            SummarySheet.ChartKindOfBlock kind = block.group().kind();
            if (kind == SummarySheet.ChartKindOfBlock.PLANNED) {
                XSSFChart chart = chart(drawing, slot++, tx.get("chart.planned", tx.t(def.label()),
                        IndicatorTable.number(def.roles().planned().value(), def.unit(), tx)));
                Axes axes = axes(chart, axisFormat(def.unit()));
                XDDFBarChartData bars = columns(chart, axes, BarGrouping.CLUSTERED);
                series(bars, sheet, names, block, columns.get(def.code()));
                chart.plot(bars);
                XDDFLineChartData line = (XDDFLineChartData) chart.createData(ChartTypes.LINE, axes.cat, axes.val);
                line.setVaryColors(false);
                XDDFLineChartData.Series target = (XDDFLineChartData.Series) series(line, sheet, names, block,
                        plannedCols.get(def.code()));
                target.setMarkerStyle(MarkerStyle.NONE);
                target.setSmooth(false);
                chart.plot(line);
                dashed(chart);
            } else if (kind == SummarySheet.ChartKindOfBlock.SHARES) {
                // What the collectivités and their partners pay: the headline shares, stacked.
                XSSFChart chart = chart(drawing, slot++, tx.get("chart.funding.split"));
                Axes axes = axes(chart, axisFormat(Unit.PERCENT));
                axes.val.setMinimum(0);
                axes.val.setMaximum(1);
                XDDFBarChartData bars = columns(chart, axes, BarGrouping.STACKED);
                drawn(sheet, bars, names, block);
                chart.plot(bars);
                fullOverlap(chart);
            } else if (kind == SummarySheet.ChartKindOfBlock.LINES) {
                XSSFChart chart = chart(drawing, slot++, tx.get("chart.lines", tx.t(def.label())));
                Axes axes = axes(chart, axisFormat(def.unit()));
                axes.val.setMinimum(0);
                XDDFBarChartData bars = columns(chart, axes, BarGrouping.CLUSTERED);
                series(bars, sheet, names, block, columns.get(def.code()));
                chart.plot(bars);
            } else {
                XSSFChart chart = chart(drawing, slot++, tx.get("chart.values"));
                Axes axes = axes(chart, axisFormat(Unit.SCORE));
                axes.val.setMinimum(0);
                axes.val.setMaximum(5);
                XDDFBarChartData bars = columns(chart, axes, BarGrouping.CLUSTERED);
                drawn(sheet, bars, names, block);
                chart.plot(bars);
            }
        }
    }

    /** A series per indicator of the block that has a figure to draw: no empty series in the legend. */
    private void drawn(XSSFSheet sheet, XDDFBarChartData bars, XDDFDataSource<String> names,
            SummarySheet.ChartBlock block) {
        for (String code : block.codes()) {
            int col = columns.get(code);
            if (Arrays.stream(cached(sheet, block.firstRow(), block.lastRow(), col, col)).anyMatch(v -> v != null)) {
                series(bars, sheet, names, block, col);
            }
        }
    }

    /** The target line dashed: in a grey print it must not read as one more series of bars. */
    private static void dashed(XSSFChart chart) {
        for (var ser : chart.getCTChart().getPlotArea().getLineChartArray(0).getSerArray()) {
            var ln = ser.getSpPr().getLn();
            try (XmlCursor c = ln.newCursor()) {
                c.toEndToken();
                c.beginElement(new QName(A_NS, "prstDash"));
                c.insertAttributeWithValue("val", "dash");
            }
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

    /**
     * The value axis's number format, in the workbook's language as its cells' ({@link Styles#lang}):
     * percentages as such, other units whole.
     */
    private String axisFormat(Unit unit) {
        return Styles.lang(tx) + (unit != Unit.PERCENT ? "#,##0" : tx.english() ? "0%" : "0\\ %");
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ENGLISH) + text.substring(1);
    }

    private static byte[] rgb(int r, int g, int b) {
        return new byte[] {(byte) r, (byte) g, (byte) b};
    }

    private record Axes(XDDFCategoryAxis cat, XDDFValueAxis val) {
    }

    /** The row the charts start at, under the table and the values the charts draw. */
    static int top(SummarySheet summary) {
        return summary.blocksEnd() + 2;
    }

    /** Charts two a row under the table, each over half the printed width ({@link SummaryPrint}). */
    private XSSFChart chart(XSSFDrawing drawing, int slot, String title) {
        SummaryPrint print = summary.print();
        int top = print.chartTop(top(summary), slot);
        int[] cols = print.chartColumns(slot);
        // Ending inside its last column, not at the next one's edge: LibreOffice printed that next column on a
        // page of its own, blank.
        int end = org.apache.poi.util.Units.columnWidthToEMU(drawing.getSheet().getColumnWidth(cols[1])) * 9 / 10;
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, end, 0, cols[0], top, cols[1],
                top + print.slotRows() - 2);
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

    /**
     * A series over one column of a chart's block of values, titled by the block's header cell: bars filled
     * with the narrative's charts' colours, each after the first hatched as there (rising, horizontal,
     * falling, vertical, crossed) and outlined, so that a grey print still tells them apart; the target line
     * dark red (dashed by {@link #dashed}).
     */
    private XDDFChartData.Series series(XDDFChartData data, XSSFSheet sheet, XDDFDataSource<String> names,
            SummarySheet.ChartBlock block, int col) {
        // The values are given with their range: reading the range would make POI evaluate the formulas,
        // which refer to the streamed indicators sheet. The cells' cached results are those values.
        Double[] values = cached(sheet, block.firstRow(), block.lastRow(), col, col);
        XDDFNumericalDataSource<Double> vals = XDDFDataSourcesFactory.fromArray(values,
                new CellRangeAddress(block.firstRow(), block.lastRow(), col, col)
                        .formatAsString(sheet.getSheetName(), true));
        XDDFChartData.Series s = data.addSeries(names, vals);
        int index = (int) (data.getSeriesCount() - 1);
        // Without explicit colours LibreOffice draws the series invisible (no fill, no line).
        if (data instanceof XDDFLineChartData) {
            XDDFLineProperties line = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(TARGET)));
            line.setWidth(2.25);
            s.setLineProperties(line);
        } else {
            byte[] fill = FILLS[index % FILLS.length];
            s.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(fill)));
            XDDFLineProperties outline = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(OUTLINE)));
            outline.setWidth(0.75);
            s.setLineProperties(outline);
            String hatch = HATCHES[index % HATCHES.length];
            if (hatch != null) {
                hatch(s, hatch, grey(fill) < 128 ? WHITE : OUTLINE, fill);
            }
        }
        s.setTitle(sheet.getRow(block.headerRow()).getCell(col).getStringCellValue(),
                new CellReference(sheet.getSheetName(), block.headerRow(), col, true, true));
        return s;
    }

    /**
     * Replaces a series' solid fill by a pattern of {@code lines} over {@code fill}. The lite OOXML schemas
     * shipped in lib-poi leave out the pattern fill's type, so it is written untyped in the solid fill's place.
     */
    private static void hatch(XDDFChartData.Series s, String preset, byte[] lines, byte[] fill) {
        var ser = s instanceof XDDFBarChartData.Series bar ? bar : null;
        if (ser == null) {
            return;
        }
        org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties sp = ser.getShapeProperties() == null
                ? null : ser.getShapeProperties().getXmlObject();
        if (sp == null || !sp.isSetSolidFill()) {
            return;
        }
        try (XmlCursor c = sp.getSolidFill().newCursor()) {
            c.removeXml();
            c.beginElement(new QName(A_NS, "pattFill"));
            c.insertAttributeWithValue("prst", preset);
            colour(c, "fgClr", lines);
            colour(c, "bgClr", fill);
        }
        ser.setShapeProperties(new org.apache.poi.xddf.usermodel.XDDFShapeProperties(sp));
    }

    /** {@code <a:NAME><a:srgbClr val="RRGGBB"/></a:NAME>} at the cursor, which then stands after it. */
    private static void colour(XmlCursor c, String name, byte[] rgb) {
        c.beginElement(new QName(A_NS, name));
        c.beginElement(new QName(A_NS, "srgbClr"));
        c.insertAttributeWithValue("val", String.format("%02X%02X%02X", rgb[0] & 0xFF, rgb[1] & 0xFF, rgb[2] & 0xFF));
        c.toNextToken(); // past </a:srgbClr>
        c.toNextToken(); // past </a:NAME>
    }

    /** The grey a colour prints as (luma, 0 black to 255 white), as the narrative's charts reckon it. */
    private static int grey(byte[] rgb) {
        return (int) Math.round(0.299 * (rgb[0] & 0xFF) + 0.587 * (rgb[1] & 0xFF) + 0.114 * (rgb[2] & 0xFF));
    }
}
