package org.recits.tabular.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.recits.tabular.Row;
import org.recits.tabular.Table;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Sheets of an .xlsx read with POI's SAX event API (no workbook object model): the sheet's cells are
 * kept as text only, so memory is the size of the sheet's text, not of POI's object model.
 */
public final class XlsxSheets {
    private XlsxSheets() {
    }

    public static List<String> names(Path xlsx) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator it = reader.getSheetIterator();
            List<String> names = new ArrayList<>();
            while (it.hasNext()) {
                try (InputStream ignored = it.next()) {
                    names.add(it.getSheetName());
                }
            }
            return List.copyOf(names);
        } catch (OpenXML4JException | RuntimeException e) {
            throw new IOException(xlsx.getFileName() + " : classeur illisible / unreadable workbook (" + e.getMessage() + ")", e);
        }
    }

    public static Table open(Path xlsx, String name, String sheet) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator it = reader.getSheetIterator();
            boolean found = false;
            while (it.hasNext() && !found) {
                try (InputStream in = it.next()) {
                    if (it.getSheetName().equals(sheet)) {
                        found = true;
                        XMLReader parser = XMLHelper.newXMLReader();
                        parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                                reader.getSharedStringsTable(), new Collector(rows), new PlainFormatter(), false));
                        parser.parse(new InputSource(in));
                    }
                }
            }
            if (!found) {
                throw new IOException(xlsx.getFileName() + " : pas de feuille « " + sheet + " » / no sheet \"" + sheet + "\"");
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw new IOException(xlsx.getFileName() + " : classeur illisible / unreadable workbook (" + e.getMessage() + ")", e);
        }
        if (rows.isEmpty()) {
            return new SheetTable(name, List.of(), 1, List.of());
        }
        Row header = rows.get(0);
        return new SheetTable(name, header.cells(), header.line(), rows.subList(1, rows.size()));
    }

    /** Rows with at least one non-empty cell; gaps between cells filled with "". */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final List<Row> rows;
        private List<String> cells;
        private int row;

        Collector(List<Row> rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            row = rowNum;
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            int last = cells.size() - 1;
            while (last >= 0 && cells.get(last).isEmpty()) {
                last--;
            }
            if (last >= 0) {
                rows.add(new Row(row + 1L, cells.subList(0, last + 1)));
            }
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int col = ref == null ? cells.size() : new CellReference(ref).getCol();
            while (cells.size() < col) {
                cells.add("");
            }
            String v = value == null ? "" : value;
            if (col < cells.size()) {
                cells.set(col, v);
            } else {
                cells.add(v);
            }
        }
    }

    /** Dates as ISO (yyyy-MM-dd, or yyyy-MM-ddTHH:mm:ss when there is a time), numbers plain. */
    static final class PlainFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime dt = DateUtil.getLocalDateTime(value, use1904, true);
                return dt.toLocalTime().equals(LocalTime.MIDNIGHT) ? dt.toLocalDate().toString() : dt.toString();
            }
            return plain(value);
        }
    }

    static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    private record SheetTable(String name, List<String> header, long headerLine, List<Row> rows) implements Table {
        @Override
        public Charset charset() {
            return null;
        }

        @Override
        public char separator() {
            return 0;
        }

        @Override
        public Iterator<Row> iterator() {
            return rows.iterator();
        }

        @Override
        public void close() {
            // nothing held open: the sheet was read on opening
        }
    }
}
