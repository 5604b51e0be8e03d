package org.recits.tools.generator.internal;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * One output file, written row by row (streamed) in one of the dialects real labs and tools produce,
 * counting its data rows for the summary line.
 */
public final class CsvOut implements Closeable {

    /** How a file is laid out on disk. */
    public enum Dialect {
        /** UTF-8 without BOM, comma, LF: what a script or a careful lead writes. */
        UTF8_COMMA(StandardCharsets.UTF_8, false, ',', "\n", false),
        /** The same with a byte-order mark, as Excel's "CSV UTF-8" saves it. */
        UTF8_BOM_COMMA(StandardCharsets.UTF_8, true, ',', "\n", false),
        /** "The French way": Excel-FR "CSV (séparateur : point-virgule)", Windows-1252, CRLF. */
        CP1252_SEMICOLON(Charset.forName("windows-1252"), false, ';', "\r\n", false),
        /** LimeSurvey "results-survey" CSV: UTF-8 with BOM, comma, CRLF, every field quoted. */
        LIMESURVEY(StandardCharsets.UTF_8, true, ',', "\r\n", true),
        /** KoBoToolbox CSV export: UTF-8, semicolon, CRLF, every field quoted. */
        KOBO(StandardCharsets.UTF_8, false, ';', "\r\n", true);

        final Charset charset;
        final boolean bom;
        final char delimiter;
        final String recordSeparator;
        final boolean quoteAll;

        Dialect(Charset charset, boolean bom, char delimiter, String recordSeparator, boolean quoteAll) {
            this.charset = charset;
            this.bom = bom;
            this.delimiter = delimiter;
            this.recordSeparator = recordSeparator;
            this.quoteAll = quoteAll;
        }
    }

    private final CSVPrinter printer;
    private long rows;
    private boolean closed;

    public CsvOut(Path file, Dialect dialect, String... header) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        OutputStream out = Files.newOutputStream(file);
        if (dialect.bom) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        // REPORT, not replace: a character Windows-1252 cannot hold must fail the build, not become '?'.
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, dialect.charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        CSVFormat.Builder format = CSVFormat.DEFAULT.builder()
                .setDelimiter(dialect.delimiter)
                .setRecordSeparator(dialect.recordSeparator)
                .setHeader(header);
        if (dialect.quoteAll) {
            format.setQuoteMode(QuoteMode.ALL);
        }
        this.printer = new CSVPrinter(writer, format.build());
    }

    public void row(Object... values) throws IOException {
        printer.printRecord(values);
        rows++;
    }

    public long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        printer.close(true);
    }
}
