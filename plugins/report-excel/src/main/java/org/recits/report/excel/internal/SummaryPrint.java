package org.recits.report.excel.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How the summary prints: A4 landscape, one page wide, its pages cut between blocks (the table, the
 * comparisons, each block of the charts' values, each row of charts), never inside one.
 *
 * <p>The scale is fixed, worked out here as the largest at which the widest block fits the page's width:
 * LibreOffice ignores the manual row breaks of a sheet fitted to a page (it cut a chart across two pages). So
 * the pages are laid out here too, from the rows' heights at that scale ({@link #fits}, {@link #newPage}): the
 * comparisons repeat their header on each page they run over (a sheet has one set of print titles, and the
 * table's header over the comparisons read as theirs); the table's header rows are the print titles only when
 * the table itself runs over a page. Charts stand two a row, each half the printed width.
 */
final class SummaryPrint {

    /** Margins, in inches: the page sizes below count on them. */
    private static final double SIDE = 0.4;
    private static final double TOP = 0.6;
    private static final double HEADER = 0.3;
    /**
     * A4 landscape less its margins, in points, with a little kept for the office's own rounding (measured:
     * the demo's summary at 43 % filled 88 % of the width with 0.9 kept here).
     */
    static final double WIDTH = (842 - 2 * SIDE * 72) * 0.97;
    static final double HEIGHT = (595 - 2 * TOP * 72) * 0.95;
    /**
     * LibreOffice lays a column out at about 7 points per width unit (Carlito 11, measured on the printed
     * summary), more than POI's estimate of 7 pixels.
     */
    static final double POINTS_PER_WIDTH_UNIT = 7.0;
    /** Charts side by side. */
    static final int CHARTS_PER_ROW = 2;
    /** The first column a chart spans: right of the scope and name. */
    static final int CHART_FIRST_COL = 2;
    /** The fewest columns a chart spans, so that a summary with few indicators still draws them readably. */
    private static final int CHART_MIN_COLS = 5;

    private final Sheet sheet;
    private final int lastCol;
    private final int chartCols;
    private final int slotRows;
    private final int scale;
    /** The page's printable height in the sheet's points (before the scale). */
    private final double pageHeight;
    /** The rows after which a page ends, 0-based, in order. */
    private final List<Integer> breaks = new ArrayList<>();
    /** The height of the current page already used, in the sheet's points. */
    private double used;
    /** The height the print titles take on every page, 0 when there are none. */
    private double titles;
    /** The last row laid out. */
    private int end;

    /**
     * @param sheet      the summary, its columns' widths set
     * @param widestCol  the last column of its widest block of text (the table or the comparisons)
     */
    SummaryPrint(Sheet sheet, int widestCol) {
        this.sheet = sheet;
        int charts = Math.max(widestCol - CHART_FIRST_COL + 1, CHARTS_PER_ROW * CHART_MIN_COLS);
        this.chartCols = charts / CHARTS_PER_ROW;
        this.lastCol = Math.max(widestCol, CHART_FIRST_COL + CHARTS_PER_ROW * chartCols - 1);
        // A chart a little more than half as high as it is wide, the gap below it included.
        double chartWidth = width(CHART_FIRST_COL, CHART_FIRST_COL + chartCols - 1);
        this.slotRows = (int) Math.ceil(chartWidth * 0.55 / sheet.getDefaultRowHeightInPoints()) + 2;
        double fit = Math.min(WIDTH / width(0, lastCol),
                HEIGHT / (slotRows * (double) sheet.getDefaultRowHeightInPoints()));
        this.scale = (int) Math.max(10, Math.min(100, Math.floor(fit * 100)));
        this.pageHeight = HEIGHT * 100 / scale;
    }

    /** The width of columns {@code from} to {@code to} in points, as LibreOffice prints them at 100 %. */
    private double width(int from, int to) {
        double width = 0;
        for (int col = from; col <= to; col++) {
            width += sheet.getColumnWidth(col) / 256.0 * POINTS_PER_WIDTH_UNIT;
        }
        return width;
    }

    /** In percent. */
    int scale() {
        return scale;
    }

    /** The rows a chart's slot takes, the gap below it included. */
    int slotRows() {
        return slotRows;
    }

    /** The first and last columns of chart {@code slot}'s place in its row. */
    int[] chartColumns(int slot) {
        int first = CHART_FIRST_COL + (slot % CHARTS_PER_ROW) * chartCols;
        return new int[] {first, first + chartCols - 1};
    }

    /** The row chart {@code slot}'s row of charts starts at, its first row of charts at {@code top}. */
    int chartTop(int top, int slot) {
        return top + (slot / CHARTS_PER_ROW) * slotRows;
    }

    /** The height of rows {@code first} to {@code last} in points, as written. */
    double height(int first, int last) {
        double h = 0;
        for (int r = first; r <= last; r++) {
            Row row = sheet.getRow(r);
            h += row == null ? sheet.getDefaultRowHeightInPoints() : row.getHeightInPoints();
        }
        return h;
    }

    /** Whether {@code points} more fit on the current page. */
    boolean fits(double points) {
        return used + points <= pageHeight - titles;
    }

    /** Ends the current page before row {@code first}, unless nothing is on it yet. */
    void newPage(int first) {
        if (used > 0) {
            breaks.add(first - 1);
            used = 0;
        }
    }

    /** Counts {@code points} on the current page. */
    void add(double points) {
        used += points;
    }

    /** Puts rows {@code first} to {@code last} on one page: the current one when they fit, else the next. */
    void keep(int first, int last) {
        end = Math.max(end, last);
        double h = height(first, last);
        if (!fits(h)) {
            newPage(first);
        }
        add(h);
    }

    /**
     * Lays out the table, rows 0 to {@code lastRow}: when it runs over a page its header rows are the print
     * titles, on every page from then on, and what follows starts on a page of its own.
     */
    void table(int headerRows, int lastRow) {
        end = lastRow;
        double h = height(0, lastRow);
        if (h <= pageHeight) {
            add(h);
            return;
        }
        sheet.setRepeatingRows(new CellRangeAddress(0, headerRows - 1, -1, -1));
        titles = height(0, headerRows - 1);
        breaks.add(lastRow);
        used = 0;
    }

    /** Lays out {@code charts} charts from row {@code top}, each row of them on one page. */
    void charts(int top, int charts) {
        for (int slot = 0; slot < charts; slot += CHARTS_PER_ROW) {
            int first = chartTop(top, slot);
            // The gap above the first row of charts goes with it.
            keep(slot == 0 ? top - 1 : first, first + slotRows - 1);
        }
    }

    /** The page set-up and the breaks laid out. */
    void apply() {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(false);
        sheet.setMargin(Sheet.LeftMargin, SIDE);
        sheet.setMargin(Sheet.RightMargin, SIDE);
        sheet.setMargin(Sheet.TopMargin, TOP);
        sheet.setMargin(Sheet.BottomMargin, TOP);
        sheet.setMargin(Sheet.HeaderMargin, HEADER);
        sheet.setMargin(Sheet.FooterMargin, HEADER);
        print.setScale((short) scale);
        for (int row : breaks) {
            sheet.setRowBreak(row);
        }
        // What was laid out, no more: LibreOffice printed a blank page past the last row of charts.
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, lastCol, 0, end);
    }

    /** The rows after which a page ends, 0-based. */
    List<Integer> breaks() {
        return breaks;
    }

    /** The last column printed. */
    int lastCol() {
        return lastCol;
    }
}
