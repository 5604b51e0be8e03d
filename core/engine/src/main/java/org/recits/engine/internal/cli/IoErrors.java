package org.recits.engine.internal.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.recits.api.text.Messages;
import org.recits.engine.internal.pipeline.DiskFull;
import org.recits.engine.internal.pipeline.OutputSet;

/**
 * An error of the file system said in words: what it is about (the path) and why, instead of the bare
 * path Java puts in the message of most of its file exceptions.
 */
final class IoErrors {

    private IoErrors() {
    }

    static String describe(Messages m, Throwable e) {
        if (e instanceof DiskFull d) {
            return d.usable() < 0 ? m.get("error.diskFullUnknown", d.file(), megabytes(m, d.written()))
                    : m.get("error.diskFull", d.file(), megabytes(m, d.usable()), megabytes(m, d.written()));
        }
        if (e instanceof OutputSet.NotAFolderException n) {
            return m.get("error.outNotFolder", n.path());
        }
        if (e instanceof AccessDeniedException a) {
            return m.get("error.accessDenied", a.getFile());
        }
        if (e instanceof NoSuchFileException n) {
            return m.get("error.noSuchFile", n.getFile());
        }
        if (e instanceof NotDirectoryException n) {
            return m.get("error.notDirectory", n.getFile());
        }
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            String reason = fs.getReason() == null ? fs.getClass().getSimpleName() : fs.getReason();
            return m.get("error.fileSystem", fs.getFile(), reason);
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    /**
     * Megabytes with one decimal in the language's notation, at least 0,1 for anything above zero.
     * Formatted here: a number format inside a choice format would read its # as a separator.
     */
    static String megabytes(Messages m, long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(m.locale());
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(bytes > 0 ? Math.max(0.1, mb) : 0);
    }
}
