package org.recits.report.excel.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.recits.ooxml.Splice;
import org.recits.ooxml.StableZip;
import org.recits.ooxml.XmlBytes;

/**
 * Sheets whose rows are written by {@link SheetXml} into the package POI wrote, for the big ones (records,
 * indicators): through SXSSF every cell became an object, a string through a character encoder and a
 * temporary file, and the whole package was deflated on one thread at the end.
 *
 * <p>POI makes each such sheet with its header row and everything else a sheet has (column widths, frozen
 * pane, auto-filter, conditional formats, print set-up). Once POI has written the package, each sheet's XML
 * (POI's, with the rows spliced in before {@code </sheetData>} by {@link Splice} and the dimension made
 * right) is deflated into
 * a file beside the workbook, all sheets side by side, and {@link StableZip} puts those entries in the final
 * package in place of POI's.
 */
final class SplicedSheets {

    /** Writes a sheet's rows after its header, from row 2 on. */
    interface Body {
        void write(SheetXml xml) throws IOException;
    }

    private record Sheet(String part, String dimension, Body body) {
    }

    private final List<Sheet> sheets = new ArrayList<>();

    /**
     * @param sheet   made by POI, with its header row only
     * @param lastRow the last row {@code body} writes (1-based, as in the sheet)
     * @param lastCol the last column it writes (0-based)
     */
    void add(SXSSFSheet sheet, long lastRow, int lastCol, Body body) {
        String part = sheet.getWorkbook().getXSSFWorkbook().getSheet(sheet.getSheetName()).getPackagePart()
                .getPartName().getName().substring(1);
        String dimension = "<dimension ref=\"A1:" + CellReference.convertNumToColString(lastCol) + lastRow + "\"/>";
        sheets.add(new Sheet(part, dimension, body));
    }

    /**
     * Writes each sheet's entry, rows included, deflated into a file beside {@code workbook} (which POI has
     * written, headers only), side by side on threads of this call's own (as many as processors; not the
     * common pool, which the whole framework shares).
     *
     * @return the entries to put in the package instead of POI's, by entry name; the caller deletes their
     *         files ({@link #delete})
     */
    Map<String, StableZip.Deflated> write(Path workbook) throws IOException {
        byte[][] poi = new byte[sheets.size()][];
        try (ZipFile zip = ZipFile.builder().setPath(workbook).get()) {
            for (int k = 0; k < sheets.size(); k++) {
                try (InputStream in = zip.getInputStream(zip.getEntry(sheets.get(k).part()))) {
                    poi[k] = in.readAllBytes();
                }
            }
        }
        List<Path> files = new ArrayList<>();
        for (int k = 0; k < sheets.size(); k++) {
            files.add(workbook.resolveSibling("." + workbook.getFileName() + ".sheet" + (k + 1) + ".tmp"));
        }
        int threads = Math.max(1, Math.min(sheets.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "recits-excel sheets");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<StableZip.Deflated>> tasks = new ArrayList<>();
            for (int k = 0; k < sheets.size(); k++) {
                int sheet = k;
                tasks.add(pool.submit(() -> sheet(sheets.get(sheet), poi[sheet], files.get(sheet))));
            }
            // Every task is waited for, so that no file is still being written when the files are deleted.
            Map<String, StableZip.Deflated> out = new LinkedHashMap<>();
            Throwable failure = null;
            for (int k = 0; k < sheets.size(); k++) {
                try {
                    out.put(sheets.get(k).part(), tasks.get(k).get());
                } catch (ExecutionException e) {
                    failure = failure == null ? e.getCause() : failure;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    pool.shutdownNow();
                    failure = failure == null ? new InterruptedIOException("interrupted writing " + workbook) : failure;
                    break;
                }
            }
            if (failure != null) {
                deleteAll(files);
                if (failure instanceof IOException io) {
                    throw io;
                }
                if (failure instanceof RuntimeException re) {
                    throw re;
                }
                if (failure instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(failure);
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void deleteAll(List<Path> files) throws IOException {
        for (Path f : files) {
            Files.deleteIfExists(f);
        }
    }

    static void delete(Map<String, StableZip.Deflated> entries) throws IOException {
        deleteAll(entries.values().stream().map(StableZip.Deflated::file).toList());
    }

    /** One sheet: POI's XML up to the end of its rows, then the body's, then the rest of POI's. */
    private static StableZip.Deflated sheet(Sheet sheet, byte[] poi, Path file) throws IOException {
        Splice splice = Splice.atEnd(poi, "sheetData")
                .head(head -> head.replaceFirst("<dimension ref=\"[^\"]*\"/>", sheet.dimension()));
        CRC32 crc = new CRC32();
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try {
            XmlBytes xml;
            try (OutputStream os = new CheckedOutputStream(new DeflaterOutputStream(
                    new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), deflater, 1 << 16), crc)) {
                xml = new XmlBytes(os, XmlBytes.Dialect.SXSSF);
                try {
                    splice.write(xml, x -> sheet.body().write(new SheetXml(x)));
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }
            return new StableZip.Deflated(file, crc.getValue(), xml.written());
        } finally {
            deflater.end();
        }
    }
}
