package org.recits.ingest.activity.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The kit's tables as CSV files, one per table: header and example row, {@code ;}-separated, UTF-8 with a BOM
 * so that a French Excel opens them with their accents and columns right.
 */
final class KitCsv {

    private static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setDelimiter(';').build();

    private KitCsv() {
    }

    static void write(Path file, Kind kind) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            out.write('\uFEFF');
            csv.printRecord(kind.columns.stream().map(Column::name));
            csv.printRecord(kind.columns.stream().map(Column::example));
        }
    }
}
