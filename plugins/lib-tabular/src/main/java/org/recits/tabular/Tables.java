package org.recits.tabular;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.recits.tabular.internal.CsvTable;
import org.recits.tabular.internal.XlsxSheets;

/** Opens tables. */
public final class Tables {
    private Tables() {
    }

    /**
     * A CSV/TSV/TXT file: encoding detected (BOM UTF-8/UTF-16LE/BE; else strict UTF-8; else
     * Windows-1252), separator detected from the header line (',' ';' TAB '|', outside quotes),
     * CRLF, LF or CR line ends.
     */
    public static Table csv(Path file, String name) throws IOException {
        return CsvTable.open(file, name);
    }

    /** Sheet names of an .xlsx workbook, in workbook order. */
    public static List<String> sheets(Path xlsx) throws IOException {
        return XlsxSheets.names(xlsx);
    }

    /**
     * One sheet as a table (name shown in findings: "file.xlsx#sheet"). Cells as text: dates as ISO
     * yyyy-MM-dd, numbers without exponent or trailing ".0", formulas by cached value.
     */
    public static Table sheet(Path xlsx, String name, String sheet) throws IOException {
        return XlsxSheets.open(xlsx, name, sheet);
    }
}
