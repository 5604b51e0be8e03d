package org.recits.report.excel.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The records sheets ({@code Données}, {@code Données 2}…): split before Excel's row limit, of equal size,
 * their rows written by {@link SplicedSheets} (1.2 M at x1000).
 */
final class DataSheets {

    private DataSheets() {
    }

    /** How many sheets {@code rows} records take, {@code perSheet} at most on each. */
    static int count(long rows, int perSheet) {
        return (int) Math.max(1, (rows + perSheet - 1) / perSheet);
    }

    /**
     * Creates the sheets in {@code sx}, header only, and adds their rows to {@code spliced}; {@code perSheet}
     * data rows at most on each.
     */
    static void create(SXSSFWorkbook sx, SplicedSheets spliced, DataRecords records, Texts tx, Styles st,
            int perSheet) {
        boolean date1904 = sx.getXSSFWorkbook().isDate1904();
        long total = records.count();
        int sheetCount = count(total, perSheet);
        long each = Math.max(1, (total + sheetCount - 1) / sheetCount);
        String[] headers = TableColumn.headers(DataColumn.class, tx);
        for (int k = 0; k < sheetCount; k++) {
            long from = k * each;
            long to = Math.min(total, from + each);
            SXSSFSheet sheet = sx.createSheet(tx.data(k + 1));
            new Rows(sheet, st).header(headers, TableColumn.widths(DataColumn.class));
            int lastRow = (int) Math.max(0, to - from);
            sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, headers.length - 1));
            spliced.add(sheet, lastRow + 1, headers.length - 1, xml -> rows(xml, records, from, to, st, date1904));
        }
    }

    /** Records {@code from} (inclusive) to {@code to}, as one thread writing every sheet would have put them. */
    private static void rows(SheetXml xml, DataRecords records, long from, long to, Styles st, boolean date1904) {
        int text = st.text.getIndex() & 0xFFFF;
        int date = st.date.getIndex() & 0xFFFF;
        Map<LocalDate, Double> serials = new HashMap<>();
        int[] row = {2}; // below the header
        records.forEach(from, to, f -> {
            try {
                xml.row(row[0]++);
                xml.text(DataColumn.TYPE.index(), f.type(), text);
                xml.text(DataColumn.COLLECTIVITE.index(), f.collectivite(), text);
                xml.text(DataColumn.ID.index(), f.id(), text);
                if (f.date() != null) {
                    xml.number(DataColumn.DATE.index(), serials.computeIfAbsent(f.date(), d -> Rows.serial(d, date1904)),
                            date);
                }
                xml.text(DataColumn.FIELD.index(), f.field(), text);
                xml.text(DataColumn.TEXT.index(), f.text(), text);
                if (f.number() != null) {
                    double v = f.number();
                    xml.number(DataColumn.NUMBER.index(), v, st.number(v).getIndex() & 0xFFFF);
                }
                if (f.day() != null) {
                    xml.number(DataColumn.DAY.index(), serials.computeIfAbsent(f.day(), d -> Rows.serial(d, date1904)),
                            date);
                }
                xml.text(DataColumn.SOURCE.index(), f.source(), text);
                xml.endRow();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
