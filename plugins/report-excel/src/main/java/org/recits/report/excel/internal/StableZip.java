package org.recits.report.excel.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip (an .xlsx) so that the same content gives the same bytes: entries in a fixed order
 * ({@code [Content_Types].xml}, then by name) and all stamped with one given local date-time.
 *
 * <p>POI stamps entries with the clock. {@link ZipEntry#setTimeLocal} writes the MS-DOS date and time
 * fields as given, without converting through the JVM's time zone and without the extended
 * timestamp field, so the bytes do not depend on where or when the report is made. Entries are read
 * one by one from the file (not buffered whole), so large {@code Données} sheets stay out of memory.
 */
final class StableZip {

    private static final String CONTENT_TYPES = "[Content_Types].xml";

    private StableZip() {
    }

    static void normalize(Path file, LocalDate stamp) throws IOException {
        LocalDateTime time = stamp.atStartOfDay();
        // Not Files.createTempFile: its owner-only permissions would end up on the workbook.
        Path tmp = file.resolveSibling("." + file.getFileName() + ".stable.tmp");
        try {
            try (ZipFile in = new ZipFile(file.toFile());
                    OutputStream os = Files.newOutputStream(tmp);
                    ZipOutputStream out = new ZipOutputStream(os)) {
                List<String> names = new ArrayList<>();
                in.stream().filter(e -> !e.isDirectory()).forEach(e -> names.add(e.getName()));
                Collections.sort(names);
                if (names.remove(CONTENT_TYPES)) {
                    // Readers sniff the package type from the first entry.
                    names.add(0, CONTENT_TYPES);
                }
                byte[] buf = new byte[64 * 1024];
                for (String name : names) {
                    ZipEntry entry = new ZipEntry(name);
                    entry.setTimeLocal(time);
                    out.putNextEntry(entry);
                    try (InputStream is = in.getInputStream(in.getEntry(name))) {
                        for (int n; (n = is.read(buf)) > 0; ) {
                            out.write(buf, 0, n);
                        }
                    }
                    out.closeEntry();
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
