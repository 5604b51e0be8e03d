package org.recits.tabular.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The lexer that cuts a CSV file into blocks, on its own: where it cuts and how many lines it counts before
 * each block ({@link CsvBlocksTest} checks that the parse in blocks reads as the sequential one).
 */
class BlockScannerTest {

    /** The blocks of {@code csv} cut at the first record boundary at or after {@code blockBytes}, as text. */
    private static List<String> blocks(String csv, int blockBytes, List<Long> linesBefore) throws IOException {
        BlockScanner s = new BlockScanner(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                (byte) ';', blockBytes);
        List<String> out = new ArrayList<>();
        for (BlockScanner.Block b = s.next(); b != null; b = s.next()) {
            out.add(new String(b.bytes(), 0, b.length(), StandardCharsets.UTF_8));
            linesBefore.add(b.linesBefore());
        }
        return out;
    }

    @Test
    void cutsAfterTheLineEndThatEndsARecord() throws IOException {
        List<Long> lines = new ArrayList<>();
        assertThat(blocks("a;b\nc;d\ne;f\n", 1, lines)).containsExactly("a;b\n", "c;d\n", "e;f\n");
        assertThat(lines).containsExactly(0L, 1L, 2L);
    }

    @Test
    void neverCutsInsideAQuotedCell() throws IOException {
        List<Long> lines = new ArrayList<>();
        assertThat(blocks("\"a\nb\";c\nd\n", 1, lines)).containsExactly("\"a\nb\";c\n", "d\n");
        assertThat(lines).containsExactly(0L, 2L);
    }

    @Test
    void aDoubledQuoteKeepsTheCellOpen() throws IOException {
        List<Long> lines = new ArrayList<>();
        assertThat(blocks("\"x\"\"\ny\"\nz\n", 1, lines)).containsExactly("\"x\"\"\ny\"\n", "z\n");
        assertThat(lines).containsExactly(0L, 2L);
    }

    @Test
    void aQuoteInsideAnUnquotedCellIsLiteral() throws IOException {
        assertThat(blocks("x\"y\nz\n", 1, new ArrayList<>())).containsExactly("x\"y\n", "z\n");
    }

    @Test
    void crlfIsOneLineAndALoneCrIsOne() throws IOException {
        List<Long> lines = new ArrayList<>();
        assertThat(blocks("a\r\nb\rc\n", 1, lines)).containsExactly("a\r\n", "b\r", "c\n");
        assertThat(lines).containsExactly(0L, 1L, 2L);
    }

    @Test
    void aCrThenNulThenLfIsStillOneLineEnd() throws IOException {
        List<Long> lines = new ArrayList<>();
        assertThat(blocks("a\r\0\nb\n", 1, lines)).containsExactly("a\r\0\n", "b\n");
        assertThat(lines).containsExactly(0L, 1L);
    }

    @Test
    void anUnclosedQuoteRunsToTheEnd() throws IOException {
        assertThat(blocks("a\n\"b\nc\nd", 1, new ArrayList<>())).containsExactly("a\n", "\"b\nc\nd");
    }

    @Test
    void blocksHoldWholeRecordsUpToTheirSize() throws IOException {
        List<Long> lines = new ArrayList<>();
        assertThat(blocks("aa\nbb\ncc\ndd\n", 5, lines)).containsExactly("aa\nbb\n", "cc\ndd\n");
        assertThat(lines).containsExactly(0L, 2L);
    }

    @Test
    void aRecordLongerThanTheBufferIsOneBlock() throws IOException {
        String longCell = "\"" + "x\n".repeat(100_000) + "\"";
        List<Long> lines = new ArrayList<>();
        assertThat(blocks(longCell + "\nz\n", 1, lines)).containsExactly(longCell + "\n", "z\n");
        assertThat(lines).containsExactly(0L, 100_001L);
    }

    @Test
    void anEmptyStreamHasNoBlock() throws IOException {
        assertThat(blocks("", 1, new ArrayList<>())).isEmpty();
    }
}
