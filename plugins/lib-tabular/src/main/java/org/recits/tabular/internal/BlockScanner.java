package org.recits.tabular.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Cuts a byte stream into blocks that end at a record boundary, following Commons CSV's lexer as
 * {@link CsvTable} configures it (no escape character, no comments, no trimming, NULs dropped before
 * parsing): a quote opens a quoted cell only as a cell's first character; inside, {@code ""} is a quote;
 * after the closing quote, text is kept up to the delimiter or line end and a quote there is literal;
 * an unclosed quote runs to the end of the file. Lines are counted as its reader does: each CR, and
 * each LF not right after a CR (NULs aside).
 */
final class BlockScanner {

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

    BlockScanner(InputStream in, byte delimiter, int blockBytes) {
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
