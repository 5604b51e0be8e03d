package org.recits.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
 * <p>Encoding as the files say it (BOM, else UTF-8 if the first 64 KiB decode, else Windows-1252) and
 * separator from the header line, so that it reads what Récits reads.
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
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(1 << 16);
        }
        boolean bom = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        Charset cs = bom || decodes(head) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
        String first = new String(head, cs).lines().findFirst().orElse("");
        char sep = count(first, ';') > count(first, ',') ? ';' : count(first, '\t') > count(first, ',') ? '\t' : ',';
        long records = 0;
        long cells = 0;
        try (Reader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file), cs), 1 << 16);
                CSVParser p = new CSVParser(r, CSVFormat.DEFAULT.builder().setDelimiter(sep).build())) {
            for (CSVRecord rec : p) {
                records++;
                cells += rec.size();
            }
        }
        return new long[] {records, cells};
    }

    private static boolean decodes(byte[] head) {
        try {
            // a multi-byte character cut at the 64 KiB boundary is not an error
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, 0, Math.max(0, head.length - 4)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }
}
