package org.recits.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Cells written by Commons CSV in each separator, encoding and line end are read back unchanged, at the right line. */
class RoundTripPropertyTest {

    @Provide
    Arbitrary<List<List<String>>> utf8Rows() {
        return rows("abc xyz012;,\t|\"\r\n'éÉ€ʤ漢\u00A0");
    }

    @Provide
    Arbitrary<List<List<String>>> cp1252Rows() {
        // Windows-1252 letters from 0xC0 up only: a continuation byte (0x80-0xBF) after them could form valid UTF-8
        // ("Ã©"), which is the one inherent ambiguity of the detection, not what this property checks.
        return rows("abc xyz012;,\t|\"\r\n'éèàçôÉ");
    }

    private Arbitrary<List<List<String>>> rows(String alphabet) {
        Arbitrary<String> cell = Arbitraries.strings().withChars(alphabet.toCharArray()).ofMinLength(0).ofMaxLength(12);
        return cell.list().ofSize(3).list().ofMinSize(0).ofMaxSize(15);
    }

    @Property(tries = 300)
    void utf8(@ForAll("utf8Rows") List<List<String>> rows, @ForAll @IntRange(max = 3) int sep,
            @ForAll @IntRange(max = 2) int eol, @ForAll @IntRange(max = 2) int enc) throws IOException {
        Charset cs = enc == 2 ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_8;
        roundTrip(rows, sep, eol, cs, enc != 0);
    }

    @Property(tries = 200)
    void windows1252(@ForAll("cp1252Rows") List<List<String>> rows, @ForAll @IntRange(max = 3) int sep,
            @ForAll @IntRange(max = 2) int eol) throws IOException {
        roundTrip(rows, sep, eol, Charset.forName("windows-1252"), false);
    }

    private void roundTrip(List<List<String>> rows, int sepIndex, int eolIndex, Charset cs, boolean bom)
            throws IOException {
        char sep = ";,\t|".charAt(sepIndex);
        String eol = List.of("\r\n", "\n", "\r").get(eolIndex);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(sep).setRecordSeparator(eol).build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bytes, cs); CSVPrinter p = new CSVPrinter(w, format)) {
            if (bom) {
                w.write('\uFEFF');
            }
            p.printRecord("col1", "col2", "col3");
            for (List<String> r : rows) {
                p.printRecord(r);
            }
        }
        Path f = Files.createTempFile("roundtrip", ".csv");
        try {
            Files.write(f, bytes.toByteArray());
            List<Row> read = new ArrayList<>();
            try (Table t = Tables.csv(f, "t.csv")) {
                assertThat(t.separator()).isEqualTo(sep);
                assertThat(t.header()).containsExactly("col1", "col2", "col3");
                t.forEach(read::add);
            }
            assertThat(read).extracting(Row::cells).containsExactlyElementsOf(rows);
            long line = 2;
            for (int i = 0; i < rows.size(); i++) {
                assertThat(read.get(i).line()).isEqualTo(line);
                line += 1 + rows.get(i).stream().mapToLong(RoundTripPropertyTest::lineBreaks).sum();
            }
        } finally {
            Files.delete(f);
        }
    }

    /** CRLF counts once, a lone CR or LF once. */
    private static long lineBreaks(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == s.length() || s.charAt(i + 1) != '\n'))) {
                n++;
            }
        }
        return n;
    }
}
