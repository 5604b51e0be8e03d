package org.recits.tabular.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
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
 * than parsing ({@link BlockScanner}), cuts the file into blocks at record boundaries and counts the lines
 * before each; this class coordinates the threads that then parse the blocks independently with Commons
 * CSV. Only for encodings where the delimiter, the quote, CR and LF bytes are always those characters
 * (UTF-8, Windows-1252): a cut after such a byte is a cut between characters.
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
    private final boolean mixed; // UTF-8 with lines in Windows-1252 (MixedUtf8)
    private final BlockParser parser;
    /** Gives each parsing thread its own function to prepare rows with ({@link Table#prepared}), or null. */
    private final Supplier<? extends Function<? super Row, ?>> prepare;
    private final InputStream in;
    private final ReentrantLock cutting = new ReentrantLock();
    private final BlockScanner scanner; // guarded by cutting
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
        this.mixed = encoding.windows1252Lines() != null;
        this.parser = parser;
        this.prepare = prepare;
        this.in = Files.newInputStream(file);
        try {
            in.skipNBytes(encoding.bomLength());
        } catch (IOException e) {
            in.close();
            throw e;
        }
        this.scanner = new BlockScanner(in, (byte) delimiter, blockBytes);
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
                BlockScanner.Block block;
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

    private Parsed parse(BlockScanner.Block block, Function<? super Row, ?> prepareRow) {
        List<Row> out = new ArrayList<>();
        Throwable failure = null;
        try {
            // Decoded at once: a quarter less time than through an InputStreamReader. The same characters,
            // malformed UTF-8 after a BOM included (U+FFFD alike; CsvBlocksTest); NULs dropped as NulDroppingReader does.
            String text = mixed ? MixedUtf8.decode(block.bytes(), 0, block.length())
                    : new String(block.bytes(), 0, block.length(), charset);
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
}
