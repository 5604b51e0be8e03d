package org.recits.report.excel.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.recits.api.report.Report;

/**
 * The {@code Indicateurs} table and the records tables ({@link RecordTables}, one file each) as CSV
 * ({@code --format csv}) for funders' own pipelines: UTF-8 with a BOM (so that Excel recognises the encoding), {@code ;} and decimal comma in
 * French, {@code ,} and decimal point in English, ISO dates, CRLF line ends (RFC 4180).
 *
 * <p>No cell is a formula to a spreadsheet: a text starting with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return is prefixed with an apostrophe (OWASP's advice against CSV
 * injection); numbers are written as numbers and are not touched.
 */
final class CsvTables {

    private final Texts tx;
    private final CSVFormat format;

    CsvTables(Texts tx) {
        this.tx = tx;
        this.format = CSVFormat.DEFAULT.builder().setDelimiter(tx.english() ? ',' : ';').setRecordSeparator("\r\n")
                .build();
    }

    /** Writes the tables and returns their names, relative to {@code dir}. */
    List<Path> write(Report report, Path dir) throws IOException {
        return write(report, RecordTables.of(report), dir);
    }

    /** @param records the report's records tables, as the workbook wrote them */
    List<Path> write(Report report, RecordTables records, Path dir) throws IOException {
        String period = report.period().label(); // file names: 2020-T1 whatever the language
        List<Path> files = new ArrayList<>();
        Path indicators = Path.of("recits-" + period + tx.get("csv.file.indicators"));
        try (CSVPrinter out = open(dir.resolve(indicators))) {
            int columns = IndicatorColumn.csvCount(); // the sheet's key column is for its formulas only
            out.printRecord((Object[]) Arrays.copyOf(TableColumn.headers(IndicatorColumn.class, tx), columns));
            IndicatorTable.forEach(report, tx, (res, cells) -> print(out, Arrays.copyOf(cells, columns)));
        }
        files.add(indicators);
        for (RecordTable<?> table : records.tables()) {
            Path data = Path.of("recits-" + period + tx.get("csv.file.records", table.word(tx, "file")));
            try (CSVPrinter out = open(dir.resolve(data))) {
                out.printRecord((Object[]) table.headers(tx));
                table.forEachRow(0, Long.MAX_VALUE, cells -> print(out, cells));
            }
            files.add(data);
        }
        return files;
    }

    private CSVPrinter open(Path file) throws IOException {
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        return new CSVPrinter(w, format);
    }

    private void print(CSVPrinter out, Object[] cells) {
        Object[] text = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            text[i] = cell(cells[i]);
        }
        try {
            out.printRecord(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate day) {
            return day.toString();
        }
        if (value instanceof Number n) {
            // Full precision, never an exponent: a pipeline must find the figure the workbook holds.
            String plain = new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
            return tx.english() ? plain : plain.replace('.', ',');
        }
        return neutralised(value.toString());
    }

    static String neutralised(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
