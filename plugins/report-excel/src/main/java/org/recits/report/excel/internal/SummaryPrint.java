package org.recits.report.excel.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How the summary prints: A4 landscape, one page wide, its pages cut between blocks (the table, each block of
 * the charts' values, each row of charts), never inside one that fits a page.
 *
 * <p>The scale is fixed, worked out here as the largest at which the widest block fits the page's width:
 * LibreOffice ignores the manual row breaks of a sheet fitted to a page (it cut a chart across two pages). So
 * the pages are laid out here too, from the rows' heights at that scale ({@link #fits}, {@link #newPage}).
 * When the table runs over a page (a programme of 320 collectivités), its header rows are the sheet's print
 * titles, on every page: the blocks of the charts' values under it have its columns, so they read under that
 * header too; the table and any block taller than a page are then cut between rows, a page at a time, and the
 * scale leaves room for the titles above a row of charts. Charts stand two a row, each half the printed width.
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
    /** The last column the charts span at least. */
    static final int CHARTS_MIN_LAST_COL = CHART_FIRST_COL + CHARTS_PER_ROW * CHART_MIN_COLS - 1;

    private final Sheet sheet;
    private final int lastCol;
    private final int chartCols;
    private final int slotRows;
    private final int scale;
    /** The page's printable height in the sheet's points (before the scale). */
    private final double pageHeight;
    /** The table's header rows and last row (0-based). */
    private final int headerRows;
    private final int tableLastRow;
    /** The rows after which a page ends, 0-based, in order. */
    private final List<Integer> breaks = new ArrayList<>();
    /** The height of the current page already used, in the sheet's points. */
    private double used;
    /** The height the print titles take on every page, 0 when there are none. */
    private final double titles;
    /** The last row laid out. */
    private int end;

    /**
     * @param sheet        the summary, its columns' widths and its table's rows' heights set
     * @param tableLastCol the table's last column
     * @param headerRows   the table's header rows, from the first
     * @param tableLastRow the table's last row, 0-based
     */
    SummaryPrint(Sheet sheet, int tableLastCol, int headerRows, int tableLastRow) {
        this.sheet = sheet;
        this.headerRows = headerRows;
        this.tableLastRow = tableLastRow;
        int charts = Math.max(tableLastCol - CHART_FIRST_COL + 1, CHARTS_PER_ROW * CHART_MIN_COLS);
        this.chartCols = charts / CHARTS_PER_ROW;
        this.lastCol = Math.max(tableLastCol, CHART_FIRST_COL + CHARTS_PER_ROW * chartCols - 1);
        // A chart a little more than half as high as it is wide, the gap below it included.
        double chartWidth = width(CHART_FIRST_COL, CHART_FIRST_COL + chartCols - 1);
        this.slotRows = (int) Math.ceil(chartWidth * 0.55 / sheet.getDefaultRowHeightInPoints()) + 2;
        double slot = slotRows * (double) sheet.getDefaultRowHeightInPoints();
        double widthFit = WIDTH / width(0, lastCol);
        int fitted = scale(Math.min(widthFit, HEIGHT / slot));
        double table = height(0, tableLastRow);
        double header = height(0, headerRows - 1);
        if (table > HEIGHT * 100 / fitted) {
            // The table runs over a page: its header tops every page, a row of charts' included.
            fitted = scale(Math.min(widthFit, HEIGHT / (slot + header)));
        }
        this.scale = fitted;
        this.pageHeight = HEIGHT * 100 / scale;
        this.titles = table > pageHeight ? header : 0;
    }

    /** A fit (1 = 100 %) as a print scale, in percent, within what a spreadsheet accepts. */
    private static int scale(double fit) {
        return (int) Math.max(10, Math.min(100, Math.floor(fit * 100)));
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
    private boolean fits(double points) {
        return used + points <= pageHeight - titles;
    }

    /** Ends the current page before row {@code first}, unless nothing is on it yet. */
    private void newPage(int first) {
        if (used > 0) {
            breaks.add(first - 1);
            used = 0;
        }
    }

    /** Counts {@code points} on the current page. */
    private void add(double points) {
        used += points;
    }

    /**
     * Puts rows {@code first} to {@code last} on one page: the current one when they fit, else the next; rows
     * taller than a page start one and are cut between rows.
     */
    void keep(int first, int last) {
        end = Math.max(end, last);
        double h = height(first, last);
        if (!fits(h)) {
            newPage(first);
        }
        if (fits(h)) {
            add(h);
        } else {
            flow(first, last);
        }
    }

    /** Rows {@code first} to {@code last} on as many pages as they need, each page ending between two rows. */
    private void flow(int first, int last) {
        for (int row = first; row <= last; row++) {
            double h = height(row, row);
            if (!fits(h)) {
                newPage(row);
            }
            add(h);
        }
    }

    /**
     * Lays out the table: on its page when it fits one; else under its header rows, the print titles, a page
     * at a time, and what follows starts on a page of its own.
     */
    void table() {
        end = tableLastRow;
        if (titles == 0) {
            add(height(0, tableLastRow));
            return;
        }
        sheet.setRepeatingRows(new CellRangeAddress(0, headerRows - 1, -1, -1));
        // On the first page the header rows are the titles themselves.
        flow(headerRows, tableLastRow);
        breaks.add(tableLastRow);
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
