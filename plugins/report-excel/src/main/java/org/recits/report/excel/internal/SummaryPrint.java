package org.recits.report.excel.internal;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How the summary prints. Fitted to one page wide, it was shrunk to the width of its table (16 columns): its
 * charts printed a third of the page wide, and LibreOffice, which ignores manual row breaks on a sheet fitted
 * to a page, cut one across two pages. So the summary prints at a fixed scale, the largest at which its first
 * columns up to the charts' right edge fit the page's width, and two charts with the repeated header rows its
 * height; the table runs over the pages to the right it needs, pages ordered left to right, its scope and
 * name columns repeated on each (the charts start right of them); a row break follows the table, the
 * comparisons, the values the charts draw, and every second chart.
 */
final class SummaryPrint {

    /** Margins, in inches: the page sizes below count on them. */
    private static final double SIDE = 0.4;
    private static final double TOP = 0.6;
    private static final double HEADER = 0.3;
    /** A4 landscape less its margins, in points, with a tenth kept for the office's own rounding. */
    private static final double WIDTH = (842 - 2 * SIDE * 72) * 0.9;
    private static final double HEIGHT = (595 - 2 * TOP * 72) * 0.9;
    /** Charts per page. */
    static final int CHARTS_PER_PAGE = 2;

    private SummaryPrint() {
    }

    /**
     * @param summary    the summary sheet, its table, comparisons and charts written
     * @param sum        its layout
     * @param charts     how many charts it has (each in its slot, {@link SummaryCharts#top})
     * @param headerRows its header rows, repeated on every page
     */
    static void setUp(Sheet summary, SummarySheet sum, int charts, int headerRows) {
        PrintSetup print = summary.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLeftToRight(true);
        summary.setFitToPage(false);
        summary.setMargin(Sheet.LeftMargin, SIDE);
        summary.setMargin(Sheet.RightMargin, SIDE);
        summary.setMargin(Sheet.TopMargin, TOP);
        summary.setMargin(Sheet.BottomMargin, TOP);
        summary.setMargin(Sheet.HeaderMargin, HEADER);
        summary.setMargin(Sheet.FooterMargin, HEADER);
        summary.setRepeatingRows(new CellRangeAddress(0, headerRows - 1, -1, -1));
        summary.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, 1));
        print.setScale((short) scale(summary, headerRows));
        summary.setRowBreak(sum.lastRow());
        summary.setRowBreak(sum.comparisonsEnd());
        for (int slot = 0; slot < charts; slot += CHARTS_PER_PAGE) {
            summary.setRowBreak(SummaryCharts.top(sum, slot) - 1);
        }
    }

    /**
     * LibreOffice lays a column out at about 7 points per width unit (Carlito 11, measured on the printed
     * summary), more than POI's estimate of 7 pixels.
     */
    private static final double POINTS_PER_WIDTH_UNIT = 7.0;

    /** In percent: what the columns up to the charts' right edge, and two charts' height, allow; at most 100. */
    static int scale(Sheet summary, int headerRows) {
        double width = 0;
        for (int col = 0; col <= SummaryCharts.LAST_COL; col++) {
            width += summary.getColumnWidth(col) / 256.0 * POINTS_PER_WIDTH_UNIT;
        }
        double header = 0;
        for (int row = 0; row < headerRows; row++) {
            header += summary.getRow(row) == null ? summary.getDefaultRowHeightInPoints()
                    : summary.getRow(row).getHeightInPoints();
        }
        double charts = CHARTS_PER_PAGE * SummaryCharts.SLOT_ROWS * summary.getDefaultRowHeightInPoints();
        double fit = Math.min(WIDTH / width, HEIGHT / (header + charts));
        return (int) Math.max(10, Math.min(100, Math.floor(fit * 100)));
    }
}
