package org.recits.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The floor of the whole-process benchmark: every CSV file of a data folder parsed with Commons CSV,
 * nothing else (no typing, no indicator, no output). {@code ParseOnly DIR} prints records and cells.
 *
 * <p>Encoding and separator as {@link Dialect} guesses them, so that it reads what Récits reads.
 */
public final class ParseOnly {

    private ParseOnly() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        long records = 0;
        long cells = 0;
        for (Path f : files) {
            long[] n = parse(f);
            records += n[0];
            cells += n[1];
        }
        System.out.println(files.size() + " files, " + records + " records, " + cells + " cells");
    }

    /** {records, cells} of one file. */
    static long[] parse(Path file) throws IOException {
        Dialect d = Dialect.of(file);
        long records = 0;
        long cells = 0;
        try (Reader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file), d.charset()), 1 << 16);
                CSVParser p = new CSVParser(r, CSVFormat.DEFAULT.builder().setDelimiter(d.separator()).build())) {
            for (CSVRecord rec : p) {
                records++;
                cells += rec.size();
            }
        }
        return new long[] {records, cells};
    }
}
