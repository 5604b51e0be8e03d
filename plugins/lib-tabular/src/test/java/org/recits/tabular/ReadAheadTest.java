package org.recits.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.tabular.internal.CsvTable;

/**
 * Big files are parsed on a thread of their own, ahead of the caller: the rows, their lines and the
 * errors must be exactly those of reading on the caller's thread.
 */
class ReadAheadTest {

    @TempDir
    Path dir;

    /** A file with quoted line breaks, blank lines and a separator inside quotes, over several batches. */
    private Path sample(int rows) throws IOException {
        StringBuilder b = new StringBuilder("id;texte;n\r\n");
        for (int i = 0; i < rows; i++) {
            if (i % 97 == 0) {
                b.append("\r\n"); // a blank line: skipped, still counted
            }
            b.append(i).append(';');
            b.append(i % 13 == 0 ? "\"deux\r\nlignes; « é »\"" : "mot" + i).append(';').append(i * 3).append("\r\n");
        }
        Path f = dir.resolve("big.csv");
        Files.writeString(f, b, StandardCharsets.UTF_8);
        return f;
    }

    private static List<Row> all(Table t) {
        List<Row> out = new ArrayList<>();
        t.forEach(out::add);
        return out;
    }

    @Test
    void rowsAndLinesAreTheSameReadAheadOrNot() throws IOException {
        Path f = sample(5_000);
        List<Row> direct;
        List<Row> ahead;
        try (Table t = CsvTable.open(f, "big.csv", Long.MAX_VALUE)) {
            direct = all(t);
        }
        try (Table t = CsvTable.open(f, "big.csv", 0)) {
            ahead = all(t);
            assertThat(all(t)).isEqualTo(ahead); // a second pass reads again from the first data row
        }
        assertThat(direct).hasSize(5_000);
        assertThat(ahead).isEqualTo(direct);
        assertThat(ahead.get(13).cells()).containsExactly("13", "deux\r\nlignes; « é »", "39");
        assertThat(ahead.get(4_999).line()).isEqualTo(direct.get(4_999).line()).isGreaterThan(5_000);
    }

    @Test
    void closingEarlyStopsTheParsingThread() throws IOException {
        Path f = sample(300_000); // 6 MB: more blocks than are parsed ahead, so the threads are still busy
        try (Table t = CsvTable.open(f, "big.csv", 0)) {
            Iterator<Row> it = t.iterator();
            assertThat(it.next().cell(0)).isEqualTo("0");
            assertThat(RealData.parsingThreads()).isNotEmpty();
        }
        assertThat(RealData.parsingThreads()).isEmpty();
    }

    @Test
    void spreadsheetQuirksAtTheEndReadTheSame() throws IOException {
        StringBuilder b = new StringBuilder("a;b\n");
        for (int i = 0; i < 3_000; i++) {
            b.append(i).append(";x\n");
        }
        b.append("\"ferm\u00e9\"x;y\n\"a\"\"b\"\"\"\"\"\n\"ouvert;x\n"); // text after a quote, then a quote never closed
        Path f = dir.resolve("broken.csv");
        Files.writeString(f, b, StandardCharsets.UTF_8);
        List<String> direct = outcome(f, Long.MAX_VALUE);
        List<String> ahead = outcome(f, 0);
        assertThat(ahead).isEqualTo(direct);
        assertThat(direct).hasSize(3_003).endsWith("3003:[a\"b\"\"]", "3004:[ouvert;x\n]");
    }

    /** Rows read, then the error if any, as text. */
    private static List<String> outcome(Path f, long readAhead) throws IOException {
        List<String> out = new ArrayList<>();
        try (Table t = CsvTable.open(f, "broken.csv", readAhead)) {
            for (Row r : t) {
                out.add(r.line() + ":" + r.cells());
            }
        } catch (UncheckedIOException e) {
            out.add("error: " + e.getCause().getMessage());
        }
        return out;
    }
}
