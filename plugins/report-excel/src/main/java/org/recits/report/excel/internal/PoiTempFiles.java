package org.recits.report.excel.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * Where POI writes the streamed sheets while a workbook is made: a folder of this process's own (owner-only, in
 * the system's temporary folder, removed at exit). POI's default is one {@code poifiles} folder shared by every
 * user of the machine: it belongs to whoever made the first workbook, and every other user's workbook failed.
 */
final class PoiTempFiles {

    private static Path folder;

    private PoiTempFiles() {
    }

    /** Sets POI's temporary folder once for the process; the same folder afterwards. */
    static synchronized Path ensure() throws IOException {
        if (folder == null) {
            Path dir = Files.createTempDirectory("recits-poi-");
            dir.toFile().deleteOnExit(); // after the files in it, which POI marks for deletion later
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(dir.toFile()));
            folder = dir;
        }
        return folder;
    }
}
