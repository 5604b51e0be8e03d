package org.recits.tabular;

import java.nio.file.Path;
import java.util.Optional;

import org.recits.api.model.LocalizedText;
import org.recits.tabular.internal.WorkbookBytes;

/**
 * A file named as a workbook that cannot be read as an .xlsx, with what it is instead and what to do, in both
 * languages: a password-protected workbook, an Excel 97-2003 {@code .xls}, a text file (a CSV renamed), a
 * truncated archive. Thrown by {@link Tables#sheets} and {@link Tables#sheet}; the readers give its
 * {@link #reason()} as the file's finding.
 *
 * @since 1.4
 */
public final class UnreadableWorkbook extends java.io.IOException {
    private static final long serialVersionUID = 1L;

    private final transient LocalizedText reason;

    /**
     * @param fileName the file's name, for {@link #getMessage()}
     * @param reason   what it is and what to do
     * @param cause    what the workbook reader threw, or null
     */
    public UnreadableWorkbook(String fileName, LocalizedText reason, Throwable cause) {
        super(fileName + " : " + reason.fr(), cause);
        this.reason = reason;
    }

    /** What the file is and what to do, as a finding's reason. */
    public LocalizedText reason() {
        return reason;
    }

    /**
     * What keeps a file from being read as an .xlsx, judged from its first bytes (and, for an OLE2 file, its
     * entries); empty when it is a readable zip archive, whose sheets then say the rest.
     *
     * @param file a file named .xlsx or .xls
     * @return the trouble, or empty
     */
    public static Optional<UnreadableWorkbook> of(Path file) {
        LocalizedText why = WorkbookBytes.trouble(file);
        return why == null ? Optional.empty()
                : Optional.of(new UnreadableWorkbook(String.valueOf(file.getFileName()), why, null));
    }
}
