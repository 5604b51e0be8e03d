package org.recits.report.excel.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes the rows of a worksheet's {@code sheetData} as SpreadsheetML bytes, for the records sheets.
 *
 * <p>A consolidated programme has 1.2 M records rows; through SXSSF every cell became an object, a string
 * through a character encoder and a temporary file, and the whole was deflated on one thread at the end.
 * Here a row goes straight to bytes in a buffer. The XML is what SXSSF writes for the same cells (inline
 * strings, {@code xml:space="preserve"} around leading or trailing white space, control characters as
 * {@code ?} as XmlBeans does), shorter where the format allows: a cell's {@code r} is written only after a
 * skipped column (the format places a cell without one just after the previous), the default type
 * {@code n} is left out, and whole numbers have no {@code .0}.
 */
final class SheetXml {

    private static final byte[] ROW_START = ascii("<row r=\"");
    private static final byte[] ROW_END = ascii("</row>\n");
    private static final byte[] CELL_REF = ascii("<c r=\"");
    private static final byte[] CELL = ascii("<c");
    private static final byte[] HEIGHT = ascii(" customHeight=\"true\" ht=\"");
    private static final byte[] BLANK_END = ascii("/>");
    private static final byte[] STYLE = ascii(" s=\"");
    private static final byte[] INLINE = ascii(" t=\"inlineStr\"><is><t>");
    private static final byte[] INLINE_PRESERVE = ascii(" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
    private static final byte[] INLINE_END = ascii("</t></is></c>");
    private static final byte[] VALUE = ascii("><v>");
    private static final byte[] VALUE_END = ascii("</v></c>");

    /** Slots of the cell cache, a power of two. */
    private static final int CACHED = 1 << 10;
    /** Longer texts are written each time. */
    private static final int CACHED_MAX = 256;

    private final OutputStream out;
    private final byte[] buf = new byte[1 << 16];
    /**
     * The bytes of recent string cells from their type on ({@code t="inlineStr"><is><t>…</t></is></c>}), by
     * the text's hash: records rows repeat their type, collectivité, id, field and source from row to row,
     * and escaping them again took half of the sheet's time at x1000.
     */
    private final String[] cachedText = new String[CACHED];
    private final byte[][] cachedBytes = new byte[CACHED][];
    private int pos;
    private long written;
    /** The 1-based number of the open row, and the column a cell without reference would fall in. */
    private int row;
    private int nextCol;

    SheetXml(OutputStream out) {
        this.out = out;
    }

    /** Opens row {@code number} (1-based, as in the sheet). */
    void row(int number) throws IOException {
        row(number, 0);
    }

    /** Opens row {@code number} (1-based), {@code height} points high, or of the default height when 0. */
    void row(int number, float height) throws IOException {
        put(ROW_START);
        putInt(number);
        put((byte) '"');
        if (height > 0) {
            put(HEIGHT);
            putAscii(Float.toString(height));
            put((byte) '"');
        }
        put((byte) '>');
        row = number;
        nextCol = 0;
    }

    void endRow() throws IOException {
        put(ROW_END);
    }

    /** A string cell; nothing for null or empty (an empty cell). */
    void text(int col, String value, int style) throws IOException {
        if (value == null || value.isEmpty()) {
            return;
        }
        start(col, style);
        int slot = value.hashCode() & (CACHED - 1);
        String known = cachedText[slot];
        if (known != null && (known == value || known.equals(value))) {
            put(cachedBytes[slot]);
            return;
        }
        int from = pos;
        long flushed = written;
        put(preserve(value) ? INLINE_PRESERVE : INLINE);
        escaped(value);
        put(INLINE_END);
        if (written == flushed && value.length() <= CACHED_MAX) {
            cachedText[slot] = value;
            cachedBytes[slot] = Arrays.copyOfRange(buf, from, pos);
        }
    }

    /** An empty cell that keeps a style (a number typed in it takes the style's format). */
    void blank(int col, int style) throws IOException {
        start(col, style);
        put(BLANK_END);
    }

    /** A number cell: whole numbers without fraction, others as {@link Double#toString}. */
    void number(int col, double value, int style) throws IOException {
        start(col, style);
        put(VALUE);
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            putLong((long) value);
        } else {
            putAscii(Double.toString(value));
        }
        put(VALUE_END);
    }

    /** Bytes written so far, buffered or not. */
    long written() {
        return written + pos;
    }

    void flush() throws IOException {
        out.write(buf, 0, pos);
        written += pos;
        pos = 0;
    }

    /** Raw bytes (the sheet's XML around the rows). */
    void raw(byte[] bytes) throws IOException {
        flush();
        out.write(bytes);
        written += bytes.length;
    }

    private void start(int col, int style) throws IOException {
        if (col == nextCol) {
            put(CELL);
        } else {
            put(CELL_REF);
            column(col);
            putInt(row);
            put((byte) '"');
        }
        nextCol = col + 1;
        if (style != 0) {
            put(STYLE);
            putInt(style);
            put((byte) '"');
        }
    }

    private void column(int col) throws IOException {
        if (col >= 26) {
            column(col / 26 - 1);
        }
        put((byte) ('A' + col % 26));
    }

    private static boolean preserve(String s) {
        return Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1));
    }

    private void escaped(String s) throws IOException {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                nonAscii(s, i, c);
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                }
                continue;
            }
            switch (c) {
                case '<' -> putAscii("&lt;");
                case '>' -> putAscii("&gt;");
                case '&' -> putAscii("&amp;");
                case '"' -> putAscii("&quot;");
                case '\n' -> putAscii("&#xa;");
                case '\r' -> putAscii("&#xd;");
                case '\t' -> putAscii("&#x9;");
                default -> put(c < ' ' ? (byte) '?' : (byte) c);
            }
        }
    }

    /** UTF-8 of the character at {@code i}; a lone surrogate or U+FFFE/U+FFFF, not XML characters, as {@code ?}. */
    private void nonAscii(String s, int i, char c) throws IOException {
        if (c == '\u00A0') {
            putAscii("&#xa0;");
        } else if (c < 0x800) {
            put((byte) (0xC0 | c >> 6));
            put((byte) (0x80 | c & 0x3F));
        } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            int cp = Character.toCodePoint(c, s.charAt(i + 1));
            put((byte) (0xF0 | cp >> 18));
            put((byte) (0x80 | cp >> 12 & 0x3F));
            put((byte) (0x80 | cp >> 6 & 0x3F));
            put((byte) (0x80 | cp & 0x3F));
        } else if (Character.isSurrogate(c) || c >= '\uFFFE') {
            put((byte) '?');
        } else {
            put((byte) (0xE0 | c >> 12));
            put((byte) (0x80 | c >> 6 & 0x3F));
            put((byte) (0x80 | c & 0x3F));
        }
    }

    private void putInt(int v) throws IOException {
        putLong(v);
    }

    private void putLong(long v) throws IOException {
        if (v < 0) {
            put((byte) '-');
            v = -v;
        }
        if (pos + 20 > buf.length) {
            flush();
        }
        int start = pos;
        do {
            buf[pos++] = (byte) ('0' + v % 10);
            v /= 10;
        } while (v != 0);
        for (int a = start, b = pos - 1; a < b; a++, b--) {
            byte t = buf[a];
            buf[a] = buf[b];
            buf[b] = t;
        }
    }

    private void putAscii(String s) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            put((byte) s.charAt(i));
        }
    }

    private void put(byte[] bytes) throws IOException {
        if (pos + bytes.length > buf.length) {
            flush();
        }
        System.arraycopy(bytes, 0, buf, pos, bytes.length);
        pos += bytes.length;
    }

    private void put(byte b) throws IOException {
        if (pos == buf.length) {
            flush();
        }
        buf[pos++] = b;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
