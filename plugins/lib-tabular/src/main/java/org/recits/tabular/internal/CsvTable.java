// Over 400 lines: the table and its three record sources (caller's thread, read-ahead thread, row iterator) share the open file's state.
package org.recits.tabular.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.recits.tabular.Row;
import org.recits.tabular.Table;

/** A delimited text file read with Commons CSV, streaming, with the start line of each record. */
public final class CsvTable implements Table {
    private final Path file;
    private final String name;
    private final Encodings.Detected encoding;
    private final char separator;
    private final CSVFormat format;
    private final List<String> header;
    private final long headerLine;
    /** Records (blank lines and header) to skip before the first data row. */
    private final long recordsBeforeData;
    private final List<RowIterator> open = new ArrayList<>();
    /** Lines of the rows cut to {@link Table#MAX_CELLS} cells, from every reading (parsing threads too). */
    private final Set<Long> cut = new ConcurrentSkipListSet<>();

    private final long readAheadBytes;
    private final int blockBytes;

    private CsvTable(Path file, String name, Encodings.Detected encoding, char separator, long readAheadBytes,
            int blockBytes) throws IOException {
        this.readAheadBytes = readAheadBytes;
        this.blockBytes = blockBytes;
        this.file = file;
        this.name = name;
        this.encoding = encoding;
        this.separator = separator;
        this.format = CSVFormat.DEFAULT.builder()
                .setDelimiter(separator)
                .setQuote('"')
                // Empty lines are returned as records so that the line count stays exact; skipped below.
                .setIgnoreEmptyLines(false)
                .setAllowMissingColumnNames(true)
                // Be lenient with what spreadsheets write: text after a closing quote, a missing final quote at EOF.
                .setTrailingData(true)
                .setLenientEof(true)
                .build();
        List<String> h = List.of();
        long hLine = 1;
        long skipped = 0;
        try (RowIterator it = new RowIterator(new ParsedRecords(Encodings.open(file, encoding), 0), 0, null)) {
            if (it.hasNext()) {
                Row first = it.next();
                h = new ArrayList<>(first.cells());
                if (!h.isEmpty() && h.get(0).startsWith("\uFEFF")) {
                    h.set(0, h.get(0).substring(1));
                }
                h = List.copyOf(h);
                hLine = first.line();
                skipped = it.recordsRead;
            }
        }
        this.header = h;
        this.headerLine = hLine;
        this.recordsBeforeData = skipped;
    }

    public static CsvTable open(Path file, String name) throws IOException {
        return open(file, name, READ_AHEAD_BYTES);
    }

    /** As {@link #open(Path, String)}, reading ahead on a thread from {@code readAheadBytes} on (tests). */
    public static CsvTable open(Path file, String name, long readAheadBytes) throws IOException {
        return open(file, name, readAheadBytes, CsvBlocks.BLOCK_BYTES);
    }

    /** As {@link #open(Path, String, long)}, big files cut into blocks of about {@code blockBytes} (tests). */
    static CsvTable open(Path file, String name, long readAheadBytes, int blockBytes) throws IOException {
        Encodings.Detected enc = Encodings.detect(file);
        char sep;
        try (Reader r = Encodings.open(file, enc)) {
            sep = Separators.detect(r);
        }
        return new CsvTable(file, name, enc, sep, readAheadBytes, blockBytes);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public long headerLine() {
        return headerLine;
    }

    @Override
    public Charset charset() {
        return encoding.charset();
    }

    @Override
    public List<Long> windows1252Lines() {
        return encoding.windows1252Lines() == null ? List.of() : encoding.windows1252Lines();
    }

    @Override
    public List<Long> cutLines() {
        return List.copyOf(cut);
    }

    @Override
    public char separator() {
        return separator;
    }

    @Override
    public Iterator<Row> iterator() {
        return rows(null);
    }

    /** Read on the caller's thread, whatever the file's size: no parsing thread for a look at the first rows. */
    @Override
    public List<Row> head(int n) {
        List<Row> rows = new ArrayList<>();
        try (RowIterator it = new RowIterator(new ParsedRecords(Encodings.open(file, encoding), 0), recordsBeforeData,
                null)) {
            while (rows.size() < n && it.hasNext()) {
                rows.add(it.next());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    @Override
    public <T> Iterator<Prepared<T>> prepared(Supplier<? extends Function<? super Row, ? extends T>> perThread) {
        RowIterator rows = rows(java.util.Objects.requireNonNull(perThread, "perThread"));
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            @SuppressWarnings("unchecked") // made by perThread's functions, which return T
            public Prepared<T> next() {
                Row r = rows.next();
                Object v = rows.value;
                if (v instanceof CsvBlocks.Failed f) {
                    throw f.thrown();
                }
                return new Prepared<>(r, (T) v);
            }
        };
    }

    /** The data rows; each with what a function from {@code prepare} makes of it when that is not null. */
    private RowIterator rows(Supplier<? extends Function<? super Row, ?>> prepare) {
        try {
            Records records;
            Function<? super Row, ?> onThisThread = null;
            if (Files.size(file) < readAheadBytes) {
                records = new ParsedRecords(Encodings.open(file, encoding), 0);
            } else if (encoding.charset().equals(StandardCharsets.UTF_8)
                    || encoding.charset().equals(Encodings.WINDOWS_1252)) {
                records = new CsvBlocks(file, encoding, separator, blockBytes, name, (block, linesBefore, out) -> {
                    try (ParsedRecords r = new ParsedRecords(block, linesBefore)) {
                        for (Row row = r.next(); row != null; row = r.next()) {
                            out.add(row);
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, prepare);
                return new RowIterator(records, recordsBeforeData, null);
            } else {
                // UTF-16: a CR or LF byte may be half of another character, so no byte scan; one thread parses ahead.
                records = new ReadAhead(new ParsedRecords(Encodings.open(file, encoding), 0));
            }
            if (prepare != null) {
                onThisThread = prepare.get();
            }
            return new RowIterator(records, recordsBeforeData, onThisThread);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        List<RowIterator> iterators;
        synchronized (this) {
            iterators = new ArrayList<>(open);
            open.clear();
        }
        IOException first = null;
        for (RowIterator it : iterators) {
            try {
                it.close();
            } catch (UncheckedIOException e) {
                first = first == null ? e.getCause() : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private synchronized void track(RowIterator it) {
        open.add(it);
    }

    private synchronized void untrack(RowIterator it) {
        open.remove(it);
    }

    /**
     * From this size on, records are parsed on other threads ahead of the reader, so that parsing and what the
     * caller does with each row use both cores: UTF-8 and Windows-1252 files in blocks on two threads
     * ({@link CsvBlocks}), UTF-16 files on one. Smaller files are read on the caller's thread. The rows are
     * the same either way.
     */
    static final long READ_AHEAD_BYTES = 4L << 20;

    private static final int BATCH = 512;
    private static final Row[] END = new Row[0];

    /** Every record (blank ones too) with its start line, in file order; null at the end. */
    interface Records extends AutoCloseable {
        Row next();

        /** What the parsing thread prepared for the row {@link #next()} returned last; null when it prepares none. */
        default Object prepared() {
            return null;
        }

        @Override
        void close();
    }

    /** Records parsed on the calling thread, from a reader that starts after {@code linesBefore} lines. */
    private final class ParsedRecords implements Records {
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private final long linesBefore;
        private long previousEnd; // last physical line of the previous record

        ParsedRecords(Reader r, long linesBefore) throws IOException {
            try {
                parser = new CSVParser(r, format);
            } catch (IOException | RuntimeException e) {
                r.close();
                throw e;
            }
            records = parser.iterator();
            this.linesBefore = linesBefore;
            this.previousEnd = linesBefore;
        }

        @Override
        public Row next() {
            try {
                if (!records.hasNext()) {
                    return null;
                }
                CSVRecord rec = records.next();
                long start = previousEnd + 1;
                // The parser has consumed the record's line end: its count is the record's last line.
                previousEnd = linesBefore + parser.getCurrentLineNumber();
                String[] values = rec.values();
                if (values.length > MAX_CELLS) {
                    cut.add(start);
                    values = Arrays.copyOf(values, MAX_CELLS);
                }
                // the record's own array, copied once by Row (toList() streams it into an ArrayList first)
                return new Row(start, Arrays.asList(values));
            } catch (UncheckedIOException | IllegalStateException e) {
                throw new UncheckedIOException(new IOException(
                        name + " : CSV illisible après la ligne " + previousEnd + " / unreadable CSV after line "
                                + previousEnd + " (" + e.getMessage() + ")", e));
            }
        }

        @Override
        public void close() {
            try {
                parser.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Records parsed on a thread of their own, in batches a few ahead of the reader. */
    private final class ReadAhead implements Records {
        private final ParsedRecords source;
        // batches of rows from the parsing thread, END at the end, or what it threw
        private final BlockingQueue<Object> batches = new ArrayBlockingQueue<>(8);
        private final Thread reader;
        private volatile boolean stopped;
        private Row[] batch = END;
        private int inBatch;

        ReadAhead(ParsedRecords source) {
            this.source = source;
            reader = new Thread(this::parseAhead, "recits-csv " + name);
            reader.setDaemon(true);
            reader.start();
        }

        /** The parsing thread: fills batches until the end, a failure, or {@link #close()}. */
        private void parseAhead() {
            try {
                while (!stopped) {
                    Row[] rows = new Row[BATCH];
                    int n = 0;
                    Row r = null;
                    while (n < BATCH && (r = source.next()) != null) {
                        rows[n++] = r;
                    }
                    if (n > 0) {
                        batches.put(n == BATCH ? rows : Arrays.copyOf(rows, n));
                    }
                    if (r == null) {
                        batches.put(END);
                        return;
                    }
                }
            } catch (InterruptedException e) {
                // closed by the reader of the rows: nothing more is wanted
            } catch (RuntimeException | Error e) {
                try {
                    batches.put(e);
                } catch (InterruptedException closed) {
                    // closed meanwhile
                }
            }
        }

        @Override
        public Row next() {
            if (inBatch == batch.length) {
                Object next;
                try {
                    next = batches.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new UncheckedIOException(new java.io.InterruptedIOException("interrupted reading " + name));
                }
                if (next instanceof RuntimeException e) {
                    throw e;
                }
                if (next instanceof Error e) {
                    throw e;
                }
                batch = (Row[]) next;
                inBatch = 0;
                if (batch == END) {
                    return null;
                }
            }
            return batch[inBatch++];
        }

        @Override
        public void close() {
            if (Thread.currentThread() != reader) {
                stopped = true;
                reader.interrupt();
                try {
                    reader.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            source.close();
        }
    }

    /** Whether the iterators leave a record out: an empty line (one empty cell) or no cell at all. */
    static boolean skipped(Row r) {
        return r.size() == 0 || r.size() == 1 && r.cell(0).isEmpty();
    }

    /**
     * Non-blank records with their start line, and with what was prepared for each (by the parsing threads,
     * or here by {@code prepare} when it is not null) in {@link #value} once {@link #next()} returned it.
     */
    private final class RowIterator implements Iterator<Row>, AutoCloseable {
        private final Records records;
        private final Function<? super Row, ?> prepare;
        private long recordsRead;
        private Row pending;
        private Object pendingValue;
        /** What was prepared for the row {@link #next()} returned last. */
        Object value;
        private boolean done;
        private boolean closed;

        RowIterator(Records records, long skip, Function<? super Row, ?> prepare) {
            this.records = records;
            this.prepare = prepare;
            track(this);
            try {
                for (long i = 0; i < skip && fetch() != null; i++) {
                    // skipping the header and the blank lines before it
                }
            } catch (RuntimeException | Error e) {
                close();
                throw e;
            }
        }

        private Row fetch() {
            Row r = records.next();
            if (r != null) {
                recordsRead++;
            }
            return r;
        }

        @Override
        public boolean hasNext() {
            while (pending == null && !done) {
                Row r = fetch();
                if (r == null) {
                    done = true;
                    close();
                } else if (!skipped(r)) {
                    pending = r;
                    pendingValue = records.prepared();
                }
            }
            return pending != null;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Row r = pending;
            pending = null;
            if (prepare != null) {
                try {
                    value = prepare.apply(r);
                } catch (RuntimeException e) {
                    value = new CsvBlocks.Failed(e);
                }
            } else {
                value = pendingValue;
            }
            pendingValue = null;
            return r;
        }

        @Override
        public void close() {
            untrack(this);
            if (!closed) {
                closed = true;
                records.close();
            }
        }
    }
}
