package org.recits.tabular.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

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
    private final List<CSVParser> open = new ArrayList<>();

    private CsvTable(Path file, String name, Encodings.Detected encoding, char separator) throws IOException {
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
        try (RowIterator it = new RowIterator(0)) {
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
        Encodings.Detected enc = Encodings.detect(file);
        char sep;
        try (Reader r = Encodings.open(file, enc)) {
            sep = Separators.detect(r);
        }
        return new CsvTable(file, name, enc, sep);
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
    public char separator() {
        return separator;
    }

    @Override
    public Iterator<Row> iterator() {
        try {
            return new RowIterator(recordsBeforeData);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        IOException first = null;
        for (CSVParser p : open) {
            try {
                p.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        open.clear();
        if (first != null) {
            throw first;
        }
    }

    private synchronized void track(CSVParser p) {
        open.add(p);
    }

    private synchronized void untrack(CSVParser p) {
        open.remove(p);
    }

    /** Non-blank records with their start line. */
    private final class RowIterator implements Iterator<Row>, AutoCloseable {
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private long previousEnd; // last physical line of the previous record
        private long recordsRead;
        private Row pending;
        private boolean done;

        RowIterator(long skip) throws IOException {
            Reader r = Encodings.open(file, encoding);
            try {
                parser = new CSVParser(r, format);
            } catch (IOException | RuntimeException e) {
                r.close();
                throw e;
            }
            track(parser);
            records = parser.iterator();
            for (long i = 0; i < skip && fetch() != null; i++) {
                // skipping the header and the blank lines before it
            }
        }

        /** The next record as a row (blank or not), null at the end. */
        private Row fetch() {
            try {
                if (!records.hasNext()) {
                    return null;
                }
                CSVRecord rec = records.next();
                long start = previousEnd + 1;
                // The parser has consumed the record's line end: its count is the record's last line.
                previousEnd = parser.getCurrentLineNumber();
                recordsRead++;
                return new Row(start, rec.toList());
            } catch (UncheckedIOException | IllegalStateException e) {
                throw new UncheckedIOException(new IOException(
                        name + " : CSV illisible après la ligne " + previousEnd + " / unreadable CSV after line "
                                + previousEnd + " (" + e.getMessage() + ")", e));
            }
        }

        @Override
        public boolean hasNext() {
            while (pending == null && !done) {
                Row r = fetch();
                if (r == null) {
                    done = true;
                    close();
                } else if (!(r.size() == 1 && r.cell(0).isEmpty()) && r.size() > 0) {
                    pending = r;
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
            return r;
        }

        @Override
        public void close() {
            untrack(parser);
            try {
                parser.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
