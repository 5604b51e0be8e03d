package org.recits.report.excel.internal;

import java.time.LocalDate;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Date1904Support;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Writes typed cells row after row into one sheet (XSSF or streamed SXSSF alike). */
final class Rows {

    private final Sheet sheet;
    private final Styles styles;
    /** The workbook's date system, read once: POI reads it from the workbook's XML for every date cell. */
    private final boolean date1904;
    /** The last style written as text and whether it wraps: POI reads that from the style's XML each time. */
    private CellStyle lastStyle;
    private boolean lastWraps;
    private int next;
    private Row row;

    Rows(Sheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
        this.date1904 = sheet.getWorkbook() instanceof SXSSFWorkbook sx ? sx.getXSSFWorkbook().isDate1904()
                : sheet.getWorkbook() instanceof Date1904Support d && d.isDate1904();
    }

    Styles styles() {
        return styles;
    }

    Sheet sheet() {
        return sheet;
    }

    /** Index of the row being written (0-based), or of the next one before any. */
    int index() {
        return row == null ? next : row.getRowNum();
    }

    Rows row() {
        row = sheet.createRow(next++);
        return this;
    }

    Rows skip() {
        next++;
        row = null;
        return this;
    }

    /** A header row, frozen, with an auto-filter over {@code columns} and the widths given in characters. */
    void header(String[] labels, int[] widths) {
        int first = next;
        row();
        // Widths first: a wrapped label's row height is estimated from its column's width.
        for (int i = 0; i < labels.length; i++) {
            sheet.setColumnWidth(i, Math.min(255, widths[i]) * 256);
        }
        for (int i = 0; i < labels.length; i++) {
            text(i, labels[i], styles.header);
        }
        sheet.createFreezePane(0, first + 1);
    }

    /** Puts the auto-filter on the header row and the rows written since. */
    void filter(int headerRow, int columns) {
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, index()), 0, columns - 1));
    }

    Cell text(int col, String value) {
        return text(col, value, styles.text);
    }

    Cell text(int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        if (value != null) {
            value = fitted(value, styles.cutMark);
            c.setCellValue(value);
            if (style != lastStyle) {
                lastStyle = style;
                lastWraps = style.getWrapText();
            }
            if (lastWraps) {
                fitHeight(col, value);
            }
        }
        c.setCellStyle(style);
        return c;
    }

    /**
     * Rows keep their default height unless told otherwise, and LibreOffice does not grow them for
     * wrapped text on opening, so the height is estimated here from the text's length and the column's
     * width (about one character per width unit, 15 points a line). Also for a formula whose cached result
     * is {@code value}, wrapped.
     */
    void fitHeight(int col, String value) {
        float height = fittedHeight(value, sheet.getColumnWidth(col) / 256.0);
        if (height > row.getHeightInPoints()) {
            row.setHeightInPoints(height);
        }
    }

    /** The height in points {@code value} needs wrapped in a column {@code width} characters wide, or 0 for one line. */
    static float fittedHeight(String value, double width) {
        double perLine = Math.max(1, width * 1.05);
        int lines = 0;
        for (String part : value.split("\n", -1)) {
            lines += wrappedLines(part, perLine);
        }
        return lines > 1 ? lines * 15f : 0;
    }

    /**
     * The lines a spreadsheet wraps a text into: word by word, a word that does not fit beginning the next line
     * (counting characters alone gave « pas de cible ; tendance seulement » two lines where it takes three, and
     * its last line printed over the next row).
     */
    private static int wrappedLines(String text, double perLine) {
        int lines = 1;
        double used = 0;
        for (String word : text.split(" ")) {
            if (used > 0 && used + 1 + word.length() <= perLine) {
                used += 1 + word.length();
            } else {
                if (used > 0) {
                    lines++;
                }
                int over = (int) Math.ceil(word.length() / perLine);
                lines += Math.max(0, over - 1);
                used = word.length() - Math.max(0, over - 1) * perLine;
            }
        }
        return lines;
    }

    /** A number, or an empty cell when null. */
    Cell number(int col, Number value, CellStyle style) {
        Cell c = row.createCell(col);
        if (value != null) {
            c.setCellValue(value.doubleValue());
        }
        c.setCellStyle(style);
        return c;
    }

    Cell date(int col, LocalDate value) {
        Cell c = row.createCell(col);
        if (value != null) {
            c.setCellValue(serial(value, date1904));
        }
        c.setCellStyle(styles.date);
        return c;
    }

    /** What {@code Cell.setCellValue(LocalDate)} stores, the date system given rather than read again. */
    static double serial(LocalDate day, boolean date1904) {
        return DateUtil.getExcelDate(day.atStartOfDay(), date1904);
    }

    Cell formula(int col, String formula, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellFormula(formula);
        c.setCellStyle(style);
        return c;
    }

    /** The most characters Excel keeps in a cell (32 767): POI refuses a longer text, Excel would cut it. */
    static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    /**
     * The text, or when it is longer than {@link #MAX_TEXT} its beginning followed by {@code mark}, which says it
     * was cut, so that the cell holds no more than Excel does (never half of a surrogate pair).
     */
    static String fitted(String value, String mark) {
        if (value.length() <= MAX_TEXT) {
            return value;
        }
        int keep = MAX_TEXT - mark.length();
        if (Character.isHighSurrogate(value.charAt(keep - 1))) {
            keep--;
        }
        return value.substring(0, keep) + mark;
    }

    /** A note (comment) on a cell, shown when the pointer is over it; for what a value needs said beside it. */
    static void note(Cell cell, String text) {
        XSSFSheet sheet = (XSSFSheet) cell.getSheet();
        XSSFClientAnchor anchor = new XSSFClientAnchor(0, 0, 0, 0, cell.getColumnIndex() + 1, cell.getRowIndex(),
                cell.getColumnIndex() + 4, cell.getRowIndex() + 3);
        Comment c = sheet.createDrawingPatriarch().createCellComment(anchor);
        c.setString(new XSSFRichTextString(text));
        c.setAuthor("Récits");
        cell.setCellComment(c);
    }
}
