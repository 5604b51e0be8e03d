package org.recits.engine.internal.pipeline;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The disk holding the output folder is full. Not a renderer's failure: every renderer would fail the
 * same way, and a report "written without the workbook" would hide the cause. The run stops before the
 * switch, so the previous outputs stay whole.
 */
public final class DiskFull extends IOException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final long usable;
    private final long written;

    private DiskFull(String file, long usable, long written, Throwable cause) {
        super(file, cause);
        this.file = file;
        this.usable = usable;
        this.written = written;
    }

    /** Whether {@code error} (or one of its causes) says the device has no space left. */
    static boolean is(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            // Linux and macOS (ENOSPC, EDQUOT) and Windows (ERROR_DISK_FULL) say it in these words.
            if (m.contains("no space left on device") || m.contains("disk quota exceeded")
                    || m.contains("not enough space on the disk")) {
                return true;
            }
        }
        return false;
    }

    /** The exception to stop the run with: which file, what the disk has left, what had been written. */
    static DiskFull of(Throwable error, Path outDir, Path staging) {
        String file = null;
        for (Throwable t = error; t != null && file == null; t = t.getCause()) {
            if (t instanceof FileSystemException fs && fs.getFile() != null) {
                file = Path.of(fs.getFile()).getFileName().toString();
            }
        }
        long usable;
        try {
            usable = Files.getFileStore(outDir).getUsableSpace();
        } catch (IOException e) {
            usable = -1;
        }
        return new DiskFull(file == null ? outDir.toString() : file, usable, size(staging), error);
    }

    /** For tests of the message: the exception {@link #of} makes. */
    public static DiskFull forTest(Throwable error, Path outDir, Path staging) {
        return of(error, outDir, staging);
    }

    private static long size(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The file being written when the disk filled, or the output folder when the error did not say. */
    public String file() {
        return file;
    }

    /** Bytes still usable on the output folder's disk after the failure, or -1 when unknown. */
    public long usable() {
        return usable;
    }

    /** Bytes the run had written before the disk filled: the report needs at least that much more room. */
    public long written() {
        return written;
    }
}
