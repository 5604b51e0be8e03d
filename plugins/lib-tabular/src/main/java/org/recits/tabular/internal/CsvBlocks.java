package org.recits.tabular.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

import org.recits.tabular.Row;
import org.recits.tabular.Table;

/**
 * A big CSV file parsed on two threads, its rows handed back in file order. A byte scan, much cheaper
 * than parsing, cuts the file into blocks at record boundaries and counts the lines before each; the
 * blocks are then parsed independently by Commons CSV. Only for encodings where the delimiter, the quote,
 * CR and LF bytes are always those characters (UTF-8, Windows-1252): a cut after such a byte is a cut
 * between characters.
 */
final class CsvBlocks implements CsvTable.Records {

    /** Parses one block's records: every record (blank ones too), lines counted from {@code linesBefore}. */
    interface BlockParser {
        void parse(Reader block, long linesBefore, List<Row> out);
    }

    /**
     * Blocks of about this size (some 400 rows of a KoBo export). Small enough that the blocks in flight
     * (bytes, decoded text, rows) die young: with 1 MiB blocks the serial collector's pauses took half as long again.
     */
    static final int BLOCK_BYTES = 256 << 10;
    /** Blocks parsed or being parsed ahead of the one the reader is at: bounds memory. */
    private static final int IN_FLIGHT = 4;
    private static final int THREADS = 2;

    /**
     * A block's rows, what the preparing function made of each (null without one), then what parsing it
     * threw (if anything) after those rows.
     */
    private record Parsed(Row[] rows, Object[] values, Throwable failure) {
    }

    /** What the preparing function threw for a row: thrown again when the reader gets to that row. */
    record Failed(RuntimeException thrown) {
    }

    private static final Parsed END = new Parsed(new Row[0], null, null);

    private final String name;
    private final Charset charset;
    private final BlockParser parser;
    /** Gives each parsing thread its own function to prepare rows with ({@link Table#prepared}), or null. */
    private final Supplier<? extends Function<? super Row, ?>> prepare;
    private final InputStream in;
    private final ReentrantLock cutting = new ReentrantLock();
    private final Scanner scanner; // guarded by cutting
    private boolean ended; // guarded by cutting
    private final BlockingQueue<CompletableFuture<Parsed>> ordered = new ArrayBlockingQueue<>(IN_FLIGHT);
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean stopped;

    // the reader's side
    private Row[] rows = END.rows();
    private Object[] values;
    private int inRows;
    private Throwable failure;
    private boolean finished;

    CsvBlocks(Path file, Encodings.Detected encoding, char delimiter, int blockBytes, String name,
            BlockParser parser, Supplier<? extends Function<? super Row, ?>> prepare) throws IOException {
        this.name = name;
        this.charset = encoding.charset();
        this.parser = parser;
        this.prepare = prepare;
        this.in = Files.newInputStream(file);
        try {
            in.skipNBytes(encoding.bomLength());
        } catch (IOException e) {
            in.close();
            throw e;
        }
        this.scanner = new Scanner(in, (byte) delimiter, blockBytes);
        for (int i = 0; i < THREADS; i++) {
            Thread t = new Thread(this::work, "recits-csv " + name + (i == 0 ? "" : " #" + (i + 1)));
            t.setDaemon(true);
            threads.add(t);
        }
        threads.forEach(Thread::start);
    }

    /** A worker: cuts the next block, queues its slot in file order, parses it; until the end or close. */
    private void work() {
        Function<? super Row, ?> prepareRow;
        try {
            prepareRow = prepare == null ? null : prepare.get();
        } catch (RuntimeException | Error e) {
            // Not a thread that dies quietly (the reader would wait for its blocks forever): each row throws it.
            prepareRow = row -> {
                throw e;
            };
        }
        try {
            while (!stopped) {
                CompletableFuture<Parsed> slot = new CompletableFuture<>();
                Scanner.Block block;
                cutting.lockInterruptibly();
                try {
                    if (ended || stopped) {
                        return;
                    }
                    Parsed last = END;
                    try {
                        block = scanner.next();
                    } catch (IOException e) {
                        block = null;
                        last = new Parsed(END.rows(), null, new UncheckedIOException(e));
                    }
                    if (block == null) {
                        ended = true;
                        slot.complete(last);
                    }
                    // Queued while cutting is held, so slots are in file order; waits while IN_FLIGHT are ahead.
                    ordered.put(slot);
                } finally {
                    cutting.unlock();
                }
                if (block == null) {
                    return;
                }
                slot.complete(parse(block, prepareRow));
            }
        } catch (InterruptedException e) {
            // closed: nothing more is wanted
        }
    }

    private Parsed parse(Scanner.Block block, Function<? super Row, ?> prepareRow) {
        List<Row> out = new ArrayList<>();
        Throwable failure = null;
        try {
            // Decoded at once: a quarter less time than through an InputStreamReader. The same characters,
            // malformed UTF-8 after a BOM included (U+FFFD alike; CsvBlocksTest); NULs dropped as NulDroppingReader does.
            String text = new String(block.bytes(), 0, block.length(), charset);
            if (text.indexOf('\0') >= 0) {
                text = text.replace("\0", "");
            }
            Reader r = new StringReader(text);
            parser.parse(r, block.linesBefore(), out);
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        Row[] parsed = out.toArray(Row[]::new);
        if (prepareRow == null) {
            return new Parsed(parsed, null, failure);
        }
        Object[] values = new Object[parsed.length];
        for (int i = 0; i < parsed.length; i++) {
            if (CsvTable.skipped(parsed[i])) {
                continue; // blank: the reader never sees it
            }
            try {
                values[i] = prepareRow.apply(parsed[i]);
            } catch (RuntimeException e) {
                values[i] = new Failed(e);
            } catch (Error e) {
                // as if parsing had failed here: the rows before it still reach the reader
                return new Parsed(Arrays.copyOf(parsed, i), Arrays.copyOf(values, i), e);
            }
        }
        return new Parsed(parsed, values, failure);
    }

    /** The next record in file order, null at the end; throws what parsing threw, where it threw it. */
    @Override
    public Row next() {
        while (inRows == rows.length) {
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            if (finished) {
                return null;
            }
            Parsed p;
            try {
                p = ordered.take().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UncheckedIOException(new InterruptedIOException("interrupted reading " + name));
            } catch (ExecutionException e) {
                throw new IllegalStateException(e); // slots are only ever completed normally
            }
            finished = p == END;
            rows = p.rows();
            values = p.values();
            inRows = 0;
            failure = p.failure();
        }
        return rows[inRows++];
    }

    /**
     * What the preparing function made of the row {@link #next()} returned last (a {@link Failed} when it threw);
     * null without a function.
     */
    @Override
    public Object prepared() {
        return values == null ? null : values[inRows - 1];
    }

    /** Stops the workers (waiting for them) and closes the file. */
    @Override
    public void close() {
        stopped = true;
        for (Thread t : threads) {
            if (t != Thread.currentThread()) {
                t.interrupt();
            }
        }
        boolean interrupted = false;
        for (Thread t : threads) {
            while (t != Thread.currentThread() && t.isAlive()) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Cuts a byte stream into blocks that end at a record boundary, following Commons CSV's lexer as
     * {@link CsvTable} configures it (no escape character, no comments, no trimming, NULs dropped before
     * parsing): a quote opens a quoted cell only as a cell's first character; inside, {@code ""} is a quote;
     * after the closing quote, text is kept up to the delimiter or line end and a quote there is literal;
     * an unclosed quote runs to the end of the file. Lines are counted as its reader does: each CR, and
     * each LF not right after a CR (NULs aside).
     */
    static final class Scanner {
        /** Bytes of the file from a record boundary, and the line ends before it. */
        record Block(long linesBefore, byte[] bytes, int length) {
        }

        private static final int START = 0; // at a cell's first character
        private static final int PLAIN = 1; // in an unquoted cell, or after a quoted cell's closing quote
        private static final int QUOTED = 2;
        private static final int QUOTED_CR = 3; // in a quoted cell, right after a CR
        private static final int QUOTE = 4; // a quote in a quoted cell: closing, or the first of ""
        private static final int CR = 5; // a CR ended a record: an LF may complete the line end
        private static final int CHUNK = 64 << 10;

        private static final VarHandle LONGS =
                MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
        private static final long ONES = 0x0101010101010101L;
        private static final long HIGHS = 0x8080808080808080L;

        /** Whether one of the 8 bytes is a quote, CR or LF (a zero byte in word XOR that byte, bit trick). */
        private static boolean hasQuoteOrLineEnd(long word) {
            return hasZeroByte(word ^ ONES * '"') || hasZeroByte(word ^ ONES * '\r') || hasZeroByte(word ^ ONES * '\n');
        }

        private static boolean hasZeroByte(long v) {
            return ((v - ONES) & ~v & HIGHS) != 0;
        }

        private final InputStream in;
        private final byte delimiter;
        private final int blockBytes;
        private byte[] buf;
        private int length; // bytes of buf read; buf[0] starts the next block
        private int scanned; // bytes of buf the state is after
        private long linesScanned; // line ends in buf[0, scanned)
        private int state = START;
        private long lines; // line ends before buf[0]
        private boolean eof;

        Scanner(InputStream in, byte delimiter, int blockBytes) {
            this.in = in;
            this.delimiter = delimiter;
            this.blockBytes = Math.max(1, blockBytes);
            this.buf = new byte[this.blockBytes + CHUNK];
        }

        /** The next block, null at the end of the file. */
        Block next() throws IOException {
            while (true) {
                int cut = scan();
                if (cut > 0) {
                    return take(cut);
                }
                if (eof) {
                    return length == 0 ? null : take(length);
                }
                if (length == buf.length) {
                    buf = Arrays.copyOf(buf, buf.length * 2); // a record longer than a block
                }
                int n = in.read(buf, length, buf.length - length);
                if (n < 0) {
                    eof = true;
                } else {
                    length += n;
                }
            }
        }

        private Block take(int cut) {
            Block b = new Block(lines, buf, cut);
            byte[] rest = new byte[Math.max(blockBytes, length - cut) + CHUNK];
            System.arraycopy(buf, cut, rest, 0, length - cut);
            buf = rest;
            length -= cut;
            scanned -= cut;
            lines += linesScanned;
            linesScanned = 0;
            return b;
        }

        /**
         * Scans on from {@code scanned}; returns the first record boundary at or after {@code blockBytes},
         * or -1 when the bytes read so far hold none.
         */
        private int scan() {
            final byte[] b = buf;
            final int n = length;
            final byte d = delimiter;
            int i = scanned;
            int st = state;
            long lf = linesScanned;
            int cut = -1;
            while (i < n) {
                byte c = b[i];
                switch (st) {
                    case QUOTED:
                        // the common case in exports that quote every cell: skip to what matters, 8 bytes at a time
                        while (i + 8 <= n && !hasQuoteOrLineEnd((long) LONGS.get(b, i))) {
                            i += 8;
                        }
                        if (i == n) {
                            continue;
                        }
                        c = b[i];
                        while (c != '"' && c != '\r' && c != '\n') {
                            if (++i == n) {
                                break;
                            }
                            c = b[i];
                        }
                        if (i == n) {
                            continue;
                        }
                        if (c == '"') {
                            st = QUOTE;
                        } else if (c == '\r') {
                            lf++;
                            st = QUOTED_CR;
                        } else {
                            lf++;
                        }
                        i++;
                        continue;
                    case QUOTED_CR:
                        if (c == '\n') {
                            st = QUOTED; // CRLF: one line
                        } else if (c == '\r') {
                            lf++;
                        } else if (c == '"') {
                            st = QUOTE;
                        } else if (c != 0) {
                            st = QUOTED;
                        }
                        i++;
                        continue;
                    case QUOTE:
                        if (c == '"') {
                            st = QUOTED; // "" is a quote
                            i++;
                            continue;
                        }
                        if (c == 0) {
                            i++;
                            continue;
                        }
                        st = PLAIN; // closed: what follows is as in an unquoted cell
                        break;
                    case CR:
                        if (c == '\n') {
                            st = START; // CRLF: one line, the record ends after the LF
                            i++;
                            if (i >= blockBytes) {
                                cut = i;
                            }
                        } else if (c == 0) {
                            i++;
                        } else {
                            st = START; // the record ended with the CR: c starts the next one
                            if (i >= blockBytes) {
                                cut = i;
                            }
                        }
                        if (cut >= 0) {
                            break;
                        }
                        continue;
                    case START:
                        if (c == '"') {
                            st = QUOTED;
                            i++;
                            continue;
                        }
                        if (c != 0 && c != d && c != '\r' && c != '\n') {
                            st = PLAIN;
                        }
                        break;
                    default:
                        break;
                }
                if (cut >= 0) {
                    break;
                }
                // START or PLAIN on c (a quote here is a literal, or opened a cell above)
                if (c == d) {
                    st = START;
                } else if (c == '\n') {
                    lf++;
                    st = START;
                    if (i + 1 >= blockBytes) {
                        cut = i + 1;
                        i++;
                        break;
                    }
                } else if (c == '\r') {
                    lf++;
                    st = CR;
                }
                i++;
            }
            scanned = i;
            state = st;
            linesScanned = lf;
            return cut;
        }
    }
}
