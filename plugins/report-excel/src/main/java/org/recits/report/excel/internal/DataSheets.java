package org.recits.report.excel.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The records sheets ({@code Données}, {@code Données 2}…): split before Excel's row limit, of equal size.
 *
 * <p>POI makes each sheet with its header row, column widths, frozen pane and the auto-filter over the
 * rows to come; the rows themselves are written by {@link SheetXml} once POI has written the workbook: each
 * sheet's XML (POI's, with the rows spliced in before {@code </sheetData>}) is deflated into a file beside
 * the workbook, all sheets side by side, and {@link StableZip} puts those entries in the final package in
 * place of POI's. At x1000 that is 1.2 M rows, which SXSSF took most of the workbook's time to write.
 */
final class DataSheets {

    private static final int[] WIDTHS = {14, 16, 24, 11, 18, 30, 14, 12, 30};
    private static final byte[] END_OF_ROWS = "</sheetData>".getBytes(StandardCharsets.US_ASCII);

    private final DataRecords records;
    private final Styles styles;
    private final boolean date1904;
    private final long total;
    private final long each;
    /** Sheet names in order, with the name of their part in the package. */
    private final Map<String, String> parts = new LinkedHashMap<>();

    /** Creates the sheets, header only, in {@code sx}; {@code perSheet} data rows at most on each. */
    DataSheets(SXSSFWorkbook sx, DataRecords records, Texts tx, Styles st, int perSheet) {
        this.records = records;
        this.styles = st;
        this.date1904 = sx.getXSSFWorkbook().isDate1904();
        this.total = records.count();
        int sheetCount = count(total, perSheet);
        this.each = Math.max(1, (total + sheetCount - 1) / sheetCount);
        String[] headers = DataRecords.headers(tx);
        for (int k = 0; k < sheetCount; k++) {
            SXSSFSheet sheet = sx.createSheet(tx.data(k + 1));
            new Rows(sheet, st).header(headers, WIDTHS);
            sheet.setAutoFilter(new CellRangeAddress(0, (int) rows(k), 0, headers.length - 1));
            parts.put(sheet.getSheetName(),
                    sx.getXSSFWorkbook().getSheet(sheet.getSheetName()).getPackagePart().getPartName().getName()
                            .substring(1));
        }
    }

    /** How many sheets {@code rows} records take, {@code perSheet} at most on each. */
    static int count(long rows, int perSheet) {
        return (int) Math.max(1, (rows + perSheet - 1) / perSheet);
    }

    /** Data rows on sheet {@code k} (0-based). */
    private long rows(int k) {
        return Math.max(0, Math.min(total, (k + 1) * each) - k * each);
    }

    /**
     * Writes each sheet's entry, rows included, deflated into a file beside {@code workbook} (which POI
     * has written, header only), side by side on the common pool.
     *
     * @return the entries to put in the package instead of POI's, by entry name; the caller deletes their files
     */
    Map<String, StableZip.Deflated> write(Path workbook) throws IOException {
        List<String> names = new ArrayList<>(parts.values());
        byte[][] xml = new byte[names.size()][];
        try (ZipFile zip = ZipFile.builder().setPath(workbook).get()) {
            for (int k = 0; k < names.size(); k++) {
                try (InputStream in = zip.getInputStream(zip.getEntry(names.get(k)))) {
                    xml[k] = in.readAllBytes();
                }
            }
        }
        Map<String, StableZip.Deflated> out = new LinkedHashMap<>();
        for (int k = 0; k < names.size(); k++) {
            Path file = workbook.resolveSibling("." + workbook.getFileName() + ".data" + (k + 1) + ".tmp");
            out.put(names.get(k), new StableZip.Deflated(file, 0, 0));
        }
        try {
            StableZip.Deflated[] done = new StableZip.Deflated[names.size()];
            // One task per sheet on the common pool, which this thread joins: as many threads as processors.
            IntStream.range(0, names.size()).parallel().forEach(k -> {
                try {
                    done[k] = sheet(k, xml[k], out.get(names.get(k)).file());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            for (int k = 0; k < names.size(); k++) {
                out.put(names.get(k), done[k]);
            }
            return out;
        } catch (UncheckedIOException e) {
            delete(out);
            throw e.getCause();
        } catch (RuntimeException | Error e) {
            delete(out);
            throw e;
        }
    }

    static void delete(Map<String, StableZip.Deflated> entries) throws IOException {
        for (StableZip.Deflated d : entries.values()) {
            Files.deleteIfExists(d.file());
        }
    }

    /** Sheet {@code k}: POI's XML up to the end of its rows, then ours, then the rest of POI's. */
    private StableZip.Deflated sheet(int k, byte[] poi, Path file) throws IOException {
        int end = lastIndexOf(poi, END_OF_ROWS);
        if (end < 0) {
            throw new IllegalStateException("no </sheetData> in the records sheet " + (k + 1));
        }
        String head = new String(poi, 0, end, StandardCharsets.UTF_8);
        long last = rows(k) + 1;
        String dimension = "<dimension ref=\"A1:" + CellReference.convertNumToColString(WIDTHS.length - 1) + last
                + "\"/>";
        head = head.replaceFirst("<dimension ref=\"[^\"]*\"/>", dimension);
        CRC32 crc = new CRC32();
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try {
            SheetXml xml;
            try (OutputStream os = new CheckedOutputStream(new DeflaterOutputStream(
                    new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), deflater, 1 << 16), crc)) {
                xml = new SheetXml(os);
                xml.raw(head.getBytes(StandardCharsets.UTF_8));
                rows(xml, k);
                xml.flush();
                xml.raw(java.util.Arrays.copyOfRange(poi, end, poi.length));
            }
            return new StableZip.Deflated(file, crc.getValue(), xml.written());
        } finally {
            deflater.end();
        }
    }

    /**
     * The rows of sheet {@code k}: the records walked from the start, this sheet's slice kept, so that each
     * sheet holds what one thread would have put in it.
     */
    private void rows(SheetXml xml, int k) throws IOException {
        long from = k * each;
        long to = Math.min(total, from + each);
        int text = styles.text.getIndex() & 0xFFFF;
        int date = styles.date.getIndex() & 0xFFFF;
        Map<LocalDate, Double> serials = new HashMap<>();
        long[] at = {0};
        try {
            records.forEach(f -> {
                long i = at[0]++;
                if (i < from || i >= to) {
                    return;
                }
                try {
                    xml.row((int) (i - from) + 2);
                    xml.text(0, f.type(), text);
                    xml.text(1, f.collectivite(), text);
                    xml.text(2, f.id(), text);
                    if (f.date() != null) {
                        xml.number(3, serials.computeIfAbsent(f.date(), this::serial), date);
                    }
                    xml.text(4, f.field(), text);
                    xml.text(5, f.text(), text);
                    if (f.number() != null) {
                        double v = f.number();
                        xml.number(6, v, styles.number(v).getIndex() & 0xFFFF);
                    }
                    if (f.day() != null) {
                        xml.number(7, serials.computeIfAbsent(f.day(), this::serial), date);
                    }
                    xml.text(8, f.source(), text);
                    xml.endRow();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** What {@code Cell.setCellValue(LocalDate)} stores. */
    private double serial(LocalDate day) {
        return DateUtil.getExcelDate(day.atStartOfDay(), date1904);
    }

    private static int lastIndexOf(byte[] in, byte[] what) {
        outer:
        for (int i = in.length - what.length; i >= 0; i--) {
            for (int j = 0; j < what.length; j++) {
                if (in[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
