package org.recits.report.excel.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;
import org.recits.api.indicator.Unit;

/**
 * The records sheets: one per kind of record ({@link RecordTables}), each an Excel table with a name (a pivot
 * table or Power Query finds it in one click). A table past the sheet's row limit goes on across numbered
 * sheets of the same columns ({@code Réponses}, {@code Réponses 2}…, of equal size), each its own table with
 * a note on its first cell. The rows are written by {@link SplicedSheets} (a million and more at x1000).
 */
final class DataSheets {

    private DataSheets() {
    }

    /** How many sheets {@code rows} records take, {@code perSheet} at most on each. */
    static int count(long rows, int perSheet) {
        return (int) Math.max(1, (rows + perSheet - 1) / perSheet);
    }

    /**
     * Creates each table's sheets in {@code sx}, header and table only, and adds their rows to {@code spliced};
     * {@code perSheet} data rows at most on each.
     */
    static void create(SXSSFWorkbook sx, SplicedSheets spliced, List<RecordTable<?>> tables, Texts tx, Styles st,
            int perSheet) {
        boolean date1904 = sx.getXSSFWorkbook().isDate1904();
        for (RecordTable<?> table : tables) {
            long total = table.count();
            int sheetCount = count(total, perSheet);
            long each = Math.max(1, (total + sheetCount - 1) / sheetCount);
            String[] headers = table.headers(tx);
            for (int k = 0; k < sheetCount; k++) {
                long from = k * each;
                long to = Math.min(total, from + each);
                SXSSFSheet sheet = sx.createSheet(table.sheet(tx, k + 1));
                new Rows(sheet, st).header(headers, table.widths());
                int lastRow = (int) Math.max(0, to - from);
                excelTable(sx.getXSSFWorkbook(), sheet, table.table(tx, k + 1), headers, lastRow);
                if (sheetCount > 1) {
                    note(sheet, tx.get("records.split.note", table.sheet(tx, 1), k + 1, sheetCount,
                            number(tx, from + 1), number(tx, to), number(tx, perSheet + 1)));
                }
                spliced.add(sheet, lastRow + 1, headers.length - 1, xml -> rows(xml, table, from, to, st, date1904));
            }
        }
    }

    private static String number(Texts tx, long n) {
        return NumberFormat.getIntegerInstance(tx.locale()).format(n);
    }

    /**
     * The sheet's Excel table over its header and its {@code lastRow} data rows (one empty row when there is
     * none: a table needs one), with the table's own filter buttons and banded rows. Its columns are named as
     * the header's cells, as Excel requires.
     */
    private static void excelTable(XSSFWorkbook wb, SXSSFSheet sheet, String name, String[] headers, int lastRow) {
        // A defined name (an indicator's code) and a table may not share a name.
        String unique = wb.getName(name) == null ? name : name + "_table";
        AreaReference area = new AreaReference(new CellReference(0, 0),
                new CellReference(Math.max(1, lastRow), headers.length - 1), SpreadsheetVersion.EXCEL2007);
        XSSFTable t = wb.getSheet(sheet.getSheetName()).createTable(area);
        t.setName(unique);
        t.setDisplayName(unique);
        for (int i = 0; i < headers.length; i++) {
            t.getColumns().get(i).setName(headers[i]);
        }
        CTTable ct = t.getCTTable();
        ct.addNewAutoFilter().setRef(area.formatAsString());
        CTTableStyleInfo style = ct.addNewTableStyleInfo();
        style.setName("TableStyleLight1");
        style.setShowRowStripes(true);
        style.setShowColumnStripes(false);
        style.setShowFirstColumn(false);
        style.setShowLastColumn(false);
    }

    /** A note on the header's first cell, shown when the pointer is over it. */
    private static void note(SXSSFSheet sheet, String text) {
        XSSFClientAnchor anchor = new XSSFClientAnchor(0, 0, 0, 0, 1, 0, 6, 5);
        Comment c = sheet.createDrawingPatriarch().createCellComment(anchor);
        c.setString(new XSSFRichTextString(text));
        c.setAuthor("Récits");
        // The drawing puts the note on the anchor's first cell, and SXSSF's cells do not move it: A1 is said here.
        c.setAddress(0, 0);
    }

    /** Rows {@code from} (inclusive) to {@code to} of {@code table}, from the sheet's second row on. */
    private static void rows(SheetXml xml, RecordTable<?> table, long from, long to, Styles st, boolean date1904) {
        int text = st.text.getIndex() & 0xFFFF;
        int date = st.date.getIndex() & 0xFFFF;
        Map<LocalDate, Double> serials = new HashMap<>();
        int[] row = {2}; // below the header
        Unit[] units = table.units();
        table.forEachRow(from, to, cells -> {
            try {
                xml.row(row[0]++);
                for (int i = 0; i < cells.length; i++) {
                    Object v = cells[i];
                    if (v instanceof String s) {
                        xml.text(i, Rows.fitted(s, st.cutMark), text);
                    } else if (v instanceof Number n) {
                        double d = n.doubleValue();
                        xml.number(i, d, (units[i] == null ? st.number(d) : st.unit(units[i], d)).getIndex() & 0xFFFF);
                    } else if (v instanceof LocalDate day) {
                        xml.number(i, serials.computeIfAbsent(day, x -> Rows.serial(x, date1904)), date);
                    }
                }
                xml.endRow();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
