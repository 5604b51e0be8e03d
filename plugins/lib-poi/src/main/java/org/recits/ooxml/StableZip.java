package org.recits.ooxml;

import java.io.ByteArrayOutputStream;
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
import java.util.function.UnaryOperator;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Rewrites an Office package (a zip) so that the same content gives the same bytes: entries in a fixed
 * order ({@code [Content_Types].xml} first, as readers sniff the package type from the first entry, then
 * by name), every entry stamped with one date at midnight in MS-DOS fields, without extended timestamps.
 *
 * <p>POI stamps entries with the clock. The date's midnight is taken in the JVM's zone, which the format
 * stores as local fields: the same fields wherever and whenever the package is made.
 */
public final class StableZip {

    private static final String CONTENT_TYPES = "[Content_Types].xml";

    private StableZip() {
    }

    /**
     * An entry deflated elsewhere (raw deflate, no zlib header), copied into the package as it is.
     *
     * @param file the deflated bytes
     * @param crc  the CRC-32 of the uncompressed bytes
     * @param size the number of uncompressed bytes
     */
    public record Deflated(Path file, long crc, long size) {
    }

    /**
     * Rewrites {@code file} in place; the entries named in {@code replaced} are taken from their files. Every
     * entry's compressed bytes are copied as they are, one by one from the file: a consolidated programme's
     * workbook holds 700 MB of XML, which inflating and deflating again took longer than writing it.
     */
    public static void normalize(Path file, LocalDate stamp, Map<String, Deflated> replaced) throws IOException {
        // Not Files.createTempFile: its owner-only permissions would end up on the package.
        Path tmp = file.resolveSibling("." + file.getFileName() + ".stable.tmp");
        try {
            try (ZipFile in = ZipFile.builder().setPath(file).get();
                    ZipArchiveOutputStream out = new ZipArchiveOutputStream(tmp)) {
                List<String> names = names(in);
                if (!names.containsAll(replaced.keySet())) {
                    throw new IllegalStateException("entries to replace not in " + file + ": " + replaced.keySet());
                }
                for (String name : names) {
                    ZipArchiveEntry source = in.getEntry(name);
                    Deflated other = replaced.get(name);
                    ZipArchiveEntry entry = entry(name, stamp);
                    entry.setMethod(other != null ? ZipArchiveEntry.DEFLATED : source.getMethod());
                    entry.setCrc(other != null ? other.crc() : source.getCrc());
                    entry.setSize(other != null ? other.size() : source.getSize());
                    entry.setCompressedSize(other != null ? Files.size(other.file()) : source.getCompressedSize());
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

    /**
     * The package {@code zip}, rewritten in memory, with the entries named in {@code edits} changed by their
     * function (given the entry's uncompressed bytes). For small packages: every entry is inflated and
     * deflated again (default level), streamed with data descriptors.
     */
    public static byte[] normalize(byte[] zip, LocalDate stamp, Map<String, UnaryOperator<byte[]>> edits)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length);
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get();
                ZipArchiveOutputStream out = new ZipArchiveOutputStream(bytes)) {
            List<String> names = names(in);
            if (!names.containsAll(edits.keySet())) {
                throw new IllegalStateException("entries to edit not in the package: " + edits.keySet());
            }
            for (String name : names) {
                byte[] content;
                try (InputStream entry = in.getInputStream(in.getEntry(name))) {
                    content = entry.readAllBytes();
                }
                UnaryOperator<byte[]> edit = edits.get(name);
                ZipArchiveEntry entry = entry(name, stamp);
                entry.setMethod(ZipArchiveEntry.DEFLATED);
                out.putArchiveEntry(entry);
                out.write(edit == null ? content : edit.apply(content));
                out.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** The entries' names in package order: {@code [Content_Types].xml}, then by name; no directory. */
    static List<String> names(ZipFile in) {
        List<String> names = new ArrayList<>();
        for (ZipArchiveEntry e : Collections.list(in.getEntries())) {
            if (!e.isDirectory()) {
                names.add(e.getName());
            }
        }
        Collections.sort(names);
        if (names.remove(CONTENT_TYPES)) {
            names.add(0, CONTENT_TYPES);
        }
        return names;
    }

    private static ZipArchiveEntry entry(String name, LocalDate stamp) {
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setTime(stamp.atStartOfDay(ZoneId.systemDefault()).toInstant().toEpochMilli());
        return entry;
    }
}
