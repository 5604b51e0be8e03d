package org.recits.report.excel.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Rewrites a zip (an .xlsx) so that the same content gives the same bytes: entries in a fixed order
 * ({@code [Content_Types].xml}, then by name) and all stamped with one given local date-time.
 *
 * <p>POI stamps entries with the clock. Each entry gets the report's date at midnight in MS-DOS date and
 * time fields, without extended timestamp fields, so the bytes do not depend on where or when the
 * report is made. Entries are copied compressed, one by one from the file (not buffered whole), so large
 * {@code Données} sheets stay out of memory and are not deflated twice.
 */
final class StableZip {

    private static final String CONTENT_TYPES = "[Content_Types].xml";

    private StableZip() {
    }

    /**
     * An entry deflated elsewhere (raw deflate, no zlib header), to be copied into the package as it is.
     *
     * @param file the deflated bytes
     * @param crc  the CRC-32 of the uncompressed bytes
     * @param size the number of uncompressed bytes
     */
    record Deflated(Path file, long crc, long size) {
    }

    static void normalize(Path file, LocalDate stamp) throws IOException {
        normalize(file, stamp, Map.of());
    }

    /** As {@link #normalize(Path, LocalDate)}, with the entries named in {@code replaced} taken from their files. */
    static void normalize(Path file, LocalDate stamp, Map<String, Deflated> replaced) throws IOException {
        // Stamped in the JVM's zone, which the zip format then stores as that zone's local fields: the
        // same date and midnight wherever the report is made.
        long time = stamp.atStartOfDay(ZoneId.systemDefault()).toInstant().toEpochMilli();
        // Not Files.createTempFile: its owner-only permissions would end up on the workbook.
        Path tmp = file.resolveSibling("." + file.getFileName() + ".stable.tmp");
        try {
            try (ZipFile in = ZipFile.builder().setPath(file).get();
                    ZipArchiveOutputStream out = new ZipArchiveOutputStream(tmp)) {
                List<String> names = new ArrayList<>();
                for (ZipArchiveEntry e : Collections.list(in.getEntries())) {
                    if (!e.isDirectory()) {
                        names.add(e.getName());
                    }
                }
                Collections.sort(names);
                if (names.remove(CONTENT_TYPES)) {
                    // Readers sniff the package type from the first entry.
                    names.add(0, CONTENT_TYPES);
                }
                if (!names.containsAll(replaced.keySet())) {
                    throw new IllegalStateException("entries to replace not in " + file + ": " + replaced.keySet());
                }
                for (String name : names) {
                    ZipArchiveEntry source = in.getEntry(name);
                    ZipArchiveEntry entry = new ZipArchiveEntry(name);
                    Deflated other = replaced.get(name);
                    entry.setMethod(other != null ? ZipArchiveEntry.DEFLATED : source.getMethod());
                    entry.setCrc(other != null ? other.crc() : source.getCrc());
                    entry.setSize(other != null ? other.size() : source.getSize());
                    entry.setCompressedSize(other != null ? Files.size(other.file()) : source.getCompressedSize());
                    entry.setTime(time);
                    // The compressed bytes are copied as they are: a consolidated programme's sheets are
                    // 700 MB of XML, which inflating and deflating again took longer than writing them.
                    try (InputStream raw = other != null ? Files.newInputStream(other.file())
                            : in.getRawInputStream(source)) {
                        out.addRawArchiveEntry(entry, raw);
                    }
                }
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
