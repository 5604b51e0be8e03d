package org.recits.tabular.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.tabular.RealData;
import org.recits.tabular.Row;
import org.recits.tabular.Table;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Big files parsed in blocks on two threads: rows, cells, lines and errors must be exactly those of the
 * sequential parse, whatever the quotes, line ends and NULs, and wherever the blocks are cut.
 */
class CsvBlocksTest {

    @TempDir
    Path dir;

    /** Pieces of CSV text, many of them the lexer's corner cases. */
    private static final String[] PIECES = {
        "a", "bc", "1", " ", ";", ";", ",", "\t", "|", "\"", "\"", "\"\"", "\"x\"", "x\"y", "\"q\"trail",
        "\n", "\n", "\r\n", "\r", "\r\r\n", "\n\n", "\u0000", "\"\u0000\"", "\r\u0000\n", "é", "€", "ʤ漢", "Ã©",
    };

    @Provide
    Arbitrary<List<String>> texts() {
        return Arbitraries.of(PIECES).list().ofMinSize(0).ofMaxSize(80);
    }

    @Provide
    Arbitrary<List<Byte>> rawBytes() {
        // Any bytes, with the separators and line ends often: invalid UTF-8 after a BOM is decoded with U+FFFD.
        Arbitrary<Byte> special = Arbitraries.of((byte) ';', (byte) '"', (byte) '\r', (byte) '\n', (byte) 0);
        Arbitrary<Byte> any = Arbitraries.bytes();
        return Arbitraries.oneOf(special, special, any).list().ofMaxSize(200);
    }

    /** UTF-8 (with or without BOM) or Windows-1252 texts: the parallel rows are the sequential ones. */
    @Property(tries = 2000)
    void textsReadTheSameInBlocks(@ForAll("texts") List<String> pieces, @ForAll @IntRange(max = 2) int encoding,
            @ForAll @IntRange(min = 1, max = 40) int blockBytes) throws IOException {
        String text = "h1;h2;h3\n" + String.join("", pieces);
        Charset cs = encoding == 2 ? Encodings.WINDOWS_1252 : StandardCharsets.UTF_8;
        if (encoding == 2) {
            text = text.replace("€", "e").replace("ʤ漢", "ô"); // what Windows-1252 can write
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (encoding == 1) {
            bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        bytes.write(text.getBytes(cs));
        assertSameInBlocks(bytes.toByteArray(), blockBytes);
    }

    /** Arbitrary bytes, with a UTF-8 BOM (so possibly invalid UTF-8) or without (UTF-8 or Windows-1252). */
    @Property(tries = 1000)
    void bytesReadTheSameInBlocks(@ForAll("rawBytes") List<Byte> body, @ForAll boolean bom,
            @ForAll @IntRange(min = 1, max = 40) int blockBytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (bom) {
            bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        bytes.write("h1;h2\n".getBytes(StandardCharsets.US_ASCII));
        body.forEach(bytes::write);
        assertSameInBlocks(bytes.toByteArray(), blockBytes);
    }

    private void assertSameInBlocks(byte[] content, int blockBytes) throws IOException {
        Path f = Files.createTempFile("blocks", ".csv"); // jqwik properties get no @TempDir
        try {
            Files.write(f, content);
            List<String> sequential = outcome(f, Long.MAX_VALUE, blockBytes);
            List<String> parallel = outcome(f, 0, blockBytes);
            assertThat(parallel).isEqualTo(sequential);
            assertThat(prepared(f, 0, blockBytes)).isEqualTo(sequential);
        } finally {
            Files.delete(f);
        }
    }

    /** Asserts that {@code f} read in blocks of each size gives what reading it in one go gives; returns that. */
    private static List<String> readsAsSequentially(Path f, int... blockSizes) throws IOException {
        List<String> sequential = outcome(f, Long.MAX_VALUE, 0);
        assertThat(prepared(f, Long.MAX_VALUE, 0)).as(f + " prepared on the caller's thread").isEqualTo(sequential);
        for (int blockBytes : blockSizes) {
            assertThat(outcome(f, 0, blockBytes)).as(f + " in blocks of " + blockBytes).isEqualTo(sequential);
            assertThat(prepared(f, 0, blockBytes)).as(f + " prepared in blocks of " + blockBytes).isEqualTo(sequential);
        }
        return sequential;
    }

    /** Header, then each row as line:cells, then the error if any. */
    private static List<String> outcome(Path f, long readAhead, int blockBytes) throws IOException {
        List<String> out = new ArrayList<>();
        try (Table t = CsvTable.open(f, "t.csv", readAhead, blockBytes)) {
            out.add(t.headerLine() + ":" + t.header() + " " + t.charset() + " " + t.separator());
            for (Row r : t) {
                out.add(r.line() + ":" + r.cells());
            }
        } catch (UncheckedIOException e) {
            out.add("error: " + e.getCause().getMessage());
        }
        return out;
    }

    /**
     * As {@link #outcome}, through {@link Table#prepared}: each row's value must be what the function makes of
     * that row, made on a thread that got its own function.
     */
    private static List<String> prepared(Path f, long readAhead, int blockBytes) throws IOException {
        List<String> out = new ArrayList<>();
        List<String> wrongThread = java.util.Collections.synchronizedList(new ArrayList<>());
        try (Table t = CsvTable.open(f, "t.csv", readAhead, blockBytes)) {
            out.add(t.headerLine() + ":" + t.header() + " " + t.charset() + " " + t.separator());
            Iterator<Table.Prepared<String>> it = t.prepared(() -> {
                Thread own = Thread.currentThread();
                return r -> {
                    if (Thread.currentThread() != own) {
                        wrongThread.add(r.line() + " on " + Thread.currentThread().getName());
                    }
                    return r.line() + ":" + r.cells();
                };
            });
            while (it.hasNext()) {
                Table.Prepared<String> p = it.next();
                assertThat(p.value()).isEqualTo(p.row().line() + ":" + p.row().cells());
                out.add(p.value());
            }
        } catch (UncheckedIOException e) {
            out.add("error: " + e.getCause().getMessage());
        }
        assertThat(wrongThread).as("rows prepared by another thread's function").isEmpty();
        return out;
    }

    /** A UTF-8 file: {@code head}, then rows {@code i;second(i)} for i from 0. */
    private Path numbered(String name, String head, int rows, java.util.function.IntFunction<String> second)
            throws IOException {
        StringBuilder b = new StringBuilder(head);
        for (int i = 0; i < rows; i++) {
            b.append(i).append(';').append(second.apply(i)).append('\n');
        }
        Path f = dir.resolve(name);
        Files.writeString(f, b, StandardCharsets.UTF_8);
        return f;
    }

    /** In blocks, rows are prepared on the two parsing threads, one function each; what it throws comes at its row. */
    @Test
    void rowsArePreparedOnTheParsingThreadsAndFailuresComeAtTheirRow() throws IOException {
        Path f = numbered("prepared.csv", "id;x\n", 20_000, i -> i % 5000 == 4999 ? "boom" : "x");
        List<String> threads = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> seen = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        try (Table t = CsvTable.open(f, "prepared.csv", 0, 1024)) {
            Iterator<Table.Prepared<Integer>> it = t.prepared(() -> {
                threads.add(Thread.currentThread().getName());
                return r -> {
                    if (r.cell(1).equals("boom")) {
                        throw new IllegalArgumentException("boom at " + r.cell(0));
                    }
                    return Integer.parseInt(r.cell(0));
                };
            });
            while (it.hasNext()) {
                try {
                    Table.Prepared<Integer> p = it.next();
                    seen.add(p.row().cell(0));
                    assertThat(p.value()).isEqualTo(Integer.parseInt(p.row().cell(0)));
                } catch (IllegalArgumentException e) {
                    failed.add(e.getMessage());
                }
            }
        }
        assertThat(threads).hasSize(2).allMatch(n -> n.startsWith("recits-csv prepared.csv"));
        assertThat(failed).containsExactly("boom at 4999", "boom at 9999", "boom at 14999", "boom at 19999");
        assertThat(seen).hasSize(20_000 - 4).doesNotContain("4999").contains("5000");
        assertThat(RealData.parsingThreads()).isEmpty();
    }

    /** A function that cannot be made fails the rows, in blocks as on the caller's thread, instead of hanging. */
    @Test
    void aPreparingFunctionThatCannotBeMadeFailsTheRows() throws IOException {
        Path f = numbered("unmade.csv", "id;x\n", 5_000, i -> "x");
        for (long readAhead : new long[] {0, Long.MAX_VALUE}) {
            try (Table t = CsvTable.open(f, "unmade.csv", readAhead, 1024)) {
                org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> {
                    assertThatThrownBy(() -> t.prepared(() -> {
                        throw new IllegalStateException("no function");
                    }).next()).isInstanceOf(IllegalStateException.class).hasMessage("no function");
                });
            }
        }
        assertThat(RealData.parsingThreads()).isEmpty();
    }

    /** The first rows, read on the caller's thread: no parsing thread starts, whatever the file's size. */
    @Test
    void headReadsTheFirstRowsOnTheCallersThread() throws IOException {
        Path f = numbered("head.csv", "\n\nid;x\n\n", 5_000, i -> "x");
        try (Table t = CsvTable.open(f, "head.csv", 0, 1024)) {
            List<Row> head = t.head(2);
            assertThat(RealData.parsingThreads()).isEmpty();
            assertThat(head).extracting(Row::line).containsExactly(5L, 6L);
            assertThat(head).extracting(r -> r.cell(0)).containsExactly("0", "1");
            Iterator<Row> it = t.iterator();
            assertThat(List.of(it.next(), it.next())).isEqualTo(head);
            assertThat(t.head(10_000)).hasSize(5_000);
        }
    }

    /** Thousands of blocks over two threads still come back in file order. */
    @Test
    void manyBlocksComeBackInOrder() throws IOException {
        StringBuilder b = new StringBuilder("\"id\";\"texte\"\r\n");
        for (int i = 0; i < 20_000; i++) {
            b.append('"').append(i).append("\";\"").append(i % 7 == 0 ? "deux\nlignes \"\"" + i + "\"\"" : "mot")
                    .append("\"\r\n");
            if (i % 101 == 0) {
                b.append("\r\n");
            }
        }
        Path f = dir.resolve("many.csv");
        Files.writeString(f, b, StandardCharsets.UTF_8);
        List<String> sequential = readsAsSequentially(f, 1, 97, 4096);
        assertThat(sequential).hasSize(20_001);
    }

    /** Records longer than the scanner's buffer: a long quoted cell, then a quote never closed. */
    @Test
    void recordsLongerThanTheBufferReadTheSame() throws IOException {
        StringBuilder b = new StringBuilder("a;b\r\n1;\"");
        b.append("long \"\" text\r\n".repeat(30_000)).append("\"\r\n");
        for (int i = 0; i < 1_000; i++) {
            b.append(i).append(";x\r\n");
        }
        b.append("2;\"").append("never closed; \n".repeat(30_000));
        Path f = dir.resolve("long.csv");
        Files.writeString(f, b, StandardCharsets.UTF_8);
        List<String> sequential = readsAsSequentially(f, 1, 1000, 100_000);
        assertThat(sequential).hasSize(1_003);
        assertThat(sequential.get(1_002)).startsWith("31003:[2, never closed;");
    }

    @Test
    void closingEarlyStopsBothThreads() throws IOException {
        Path f = numbered("close.csv", "a;b\n", 50_000, i -> "x");
        try (Table t = CsvTable.open(f, "close.csv", 0, 1024)) {
            Iterator<Row> it = t.iterator();
            assertThat(it.next().cells()).containsExactly("0", "x");
            assertThat(RealData.parsingThreads()).hasSize(2);
        }
        assertThat(RealData.parsingThreads()).isEmpty();
    }

    /** What a parsing thread throws reaches the reader after the rows before it, in order. */
    @Test
    void aFailureComesAfterTheRowsBeforeIt() throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 1_000; i++) {
            b.append(i).append('\n');
        }
        Path f = dir.resolve("fail.csv");
        Files.writeString(f, b, StandardCharsets.UTF_8);
        Encodings.Detected utf8 = new Encodings.Detected(StandardCharsets.UTF_8, 0);
        List<Long> lines = new ArrayList<>();
        try (CsvBlocks blocks = new CsvBlocks(f, utf8, ';', 100, "fail.csv", (block, before, out) -> {
            out.add(new Row(before + 1, List.of("first of block")));
            if (before >= 500) {
                throw new IllegalStateException("block after line " + before);
            }
        }, null)) {
            assertThatThrownBy(() -> {
                for (Row r = blocks.next(); r != null; r = blocks.next()) {
                    lines.add(r.line());
                }
            }).isInstanceOf(IllegalStateException.class).hasMessageStartingWith("block after line 5");
        }
        assertThat(lines).isSorted().hasSizeGreaterThan(10);
        assertThat(lines.get(lines.size() - 1)).isGreaterThan(500);
        assertThat(RealData.parsingThreads()).isEmpty();
    }

    /** Every real export: the same rows in blocks of 1 KiB, 64 KiB and the default size. */
    @Test
    void realFilesReadTheSameInBlocks() throws IOException {
        Path real = RealData.dir();
        List<Path> files;
        try (Stream<Path> s = Files.walk(real)) {
            files = s.filter(p -> p.toString().matches(".*\\.(csv|tsv|txt)$")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            readsAsSequentially(f, 1 << 10, 64 << 10, CsvBlocks.BLOCK_BYTES);
        }
    }
}
