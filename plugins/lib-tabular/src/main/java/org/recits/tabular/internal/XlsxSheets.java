package org.recits.tabular.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.recits.tabular.Row;
import org.recits.tabular.Table;
import org.recits.tabular.UnreadableWorkbook;

/**
 * Sheets of an .xlsx read with POI's event API (no workbook object model), row by row as the caller asks for
 * them ({@link SheetRows}): memory is a few rows, whatever the sheet's size.
 */
public final class XlsxSheets {
    private XlsxSheets() {
    }

    public static List<String> names(Path xlsx) throws IOException {
        try (OPCPackage pkg = open(xlsx)) {
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
            throw unreadable(xlsx, e);
        }
    }

    /** The package, or what the file is instead of a workbook. */
    static OPCPackage open(Path xlsx) throws IOException {
        // before POI: it would read a truncated archive entry by entry ("falling back to stream processing")
        // and give the rows it found as if they were all
        java.util.Optional<UnreadableWorkbook> trouble = UnreadableWorkbook.of(xlsx);
        if (trouble.isPresent()) {
            throw trouble.get();
        }
        try {
            return OPCPackage.open(xlsx.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException e) {
            throw unreadable(xlsx, e);
        }
    }

    /** What the file is instead of a workbook, or POI's words when its bytes do not tell. */
    static UnreadableWorkbook unreadable(Path xlsx, Exception e) {
        if (e instanceof UnreadableWorkbook u) {
            return u;
        }
        return UnreadableWorkbook.of(xlsx).map(u -> new UnreadableWorkbook(String.valueOf(xlsx.getFileName()), u.reason(), e))
                .orElseGet(() -> new UnreadableWorkbook(String.valueOf(xlsx.getFileName()),
                        DateTexts.text("workbook.unreadable", String.valueOf(e.getMessage())), e));
    }

    public static Table open(Path xlsx, String name, String sheet) throws IOException {
        SheetTable t = new SheetTable(xlsx, name, sheet);
        try (SheetRows rows = SheetRows.open(xlsx, sheet, 0, t.cut)) {
            if (rows.hasNext()) {
                Row header = rows.next();
                t.header = header.cells();
                t.headerLine = header.line();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return t;
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

    /** A sheet whose rows are read again from the file by each iterator; its header was read on opening. */
    private static final class SheetTable implements Table {
        private final Path xlsx;
        private final String name;
        private final String sheet;
        private final Set<Long> cut = new ConcurrentSkipListSet<>();
        private final List<SheetRows> open = new ArrayList<>();
        private List<String> header = List.of();
        private long headerLine = 1;

        SheetTable(Path xlsx, String name, String sheet) {
            this.xlsx = xlsx;
            this.name = name;
            this.sheet = sheet;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public List<String> header() {
            return header;
        }

        @Override
        public long headerLine() {
            return headerLine;
        }

        @Override
        public Charset charset() {
            return null;
        }

        @Override
        public char separator() {
            return 0;
        }

        @Override
        public List<Long> cutLines() {
            return List.copyOf(cut);
        }

        @Override
        public Iterator<Row> iterator() {
            if (header.isEmpty()) {
                return java.util.Collections.emptyIterator();
            }
            SheetRows rows;
            try {
                rows = SheetRows.open(xlsx, sheet, headerLine, cut);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            synchronized (open) {
                open.add(rows);
            }
            return rows;
        }

        @Override
        public List<Row> head(int n) {
            List<Row> rows = new ArrayList<>();
            if (header.isEmpty()) {
                return rows;
            }
            try (SheetRows it = SheetRows.open(xlsx, sheet, headerLine, cut)) {
                while (rows.size() < n && it.hasNext()) {
                    rows.add(it.next());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return rows;
        }

        @Override
        public void close() {
            List<SheetRows> all;
            synchronized (open) {
                all = new ArrayList<>(open);
                open.clear();
            }
            all.forEach(SheetRows::close);
        }
    }
}
