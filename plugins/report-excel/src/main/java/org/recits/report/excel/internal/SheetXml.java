package org.recits.report.excel.internal;

import java.io.IOException;
import java.io.OutputStream;
import org.recits.ooxml.XmlBytes;

/**
 * Writes the rows of a worksheet's {@code sheetData} as SpreadsheetML bytes, for the records sheets.
 *
 * <p>A consolidated programme has 1.2 M records rows; through SXSSF every cell became an object, a string
 * through a character encoder and a temporary file, and the whole was deflated on one thread at the end.
 * Here a row goes straight to bytes in a buffer. The XML is what SXSSF writes for the same cells (inline
 * strings, {@code xml:space="preserve"} around leading or trailing white space, texts escaped by
 * {@link XmlBytes} as SXSSF escapes them), shorter where the format allows: a cell's {@code r} is written only after a
 * skipped column (the format places a cell without one just after the previous), the default type
 * {@code n} is left out, and whole numbers have no {@code .0}.
 */
final class SheetXml {

    private static final byte[] ROW_START = XmlBytes.bytes("<row r=\"");
    private static final byte[] ROW_END = XmlBytes.bytes("</row>\n");
    private static final byte[] CELL_REF = XmlBytes.bytes("<c r=\"");
    private static final byte[] CELL = XmlBytes.bytes("<c");
    private static final byte[] HEIGHT = XmlBytes.bytes(" customHeight=\"true\" ht=\"");
    private static final byte[] BLANK_END = XmlBytes.bytes("/>");
    private static final byte[] STYLE = XmlBytes.bytes(" s=\"");
    private static final byte[] INLINE = XmlBytes.bytes(" t=\"inlineStr\"><is><t>");
    private static final byte[] INLINE_PRESERVE = XmlBytes.bytes(" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
    private static final byte[] INLINE_END = XmlBytes.bytes("</t></is></c>");
    private static final byte[] VALUE = XmlBytes.bytes("><v>");
    private static final byte[] VALUE_END = XmlBytes.bytes("</v></c>");

    /** Slots of the cell cache, a power of two. */
    private static final int CACHED = 1 << 10;
    /** Longer texts are written each time. */
    private static final int CACHED_MAX = 256;

    private final XmlBytes xml;
    /**
     * The bytes of recent string cells from their type on ({@code t="inlineStr"><is><t>…</t></is></c>}), by
     * the text's hash: records rows repeat their type, collectivité, id, field and source from row to row,
     * and escaping them again took half of the sheet's time at x1000.
     */
    private final String[] cachedText = new String[CACHED];
    private final byte[][] cachedBytes = new byte[CACHED][];
    /** The 1-based number of the open row, and the column a cell without reference would fall in. */
    private int row;
    private int nextCol;

    SheetXml(OutputStream out) {
        this(new XmlBytes(out, XmlBytes.Dialect.SXSSF));
    }

    /** @param xml where the rows go, escaping as SXSSF does */
    SheetXml(XmlBytes xml) {
        this.xml = xml;
    }

    /** Opens row {@code number} (1-based, as in the sheet). */
    void row(int number) throws IOException {
        row(number, 0);
    }

    /** Opens row {@code number} (1-based), {@code height} points high, or of the default height when 0. */
    void row(int number, float height) throws IOException {
        xml.put(ROW_START);
        xml.number(number);
        xml.put((byte) '"');
        if (height > 0) {
            xml.put(HEIGHT);
            xml.ascii(Float.toString(height));
            xml.put((byte) '"');
        }
        xml.put((byte) '>');
        row = number;
        nextCol = 0;
    }

    void endRow() throws IOException {
        xml.put(ROW_END);
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
            xml.put(cachedBytes[slot]);
            return;
        }
        long mark = xml.written();
        xml.put(XmlBytes.preserve(value, 0, value.length()) ? INLINE_PRESERVE : INLINE);
        xml.escaped(value);
        xml.put(INLINE_END);
        if (value.length() <= CACHED_MAX) {
            byte[] bytes = xml.since(mark);
            if (bytes != null) {
                cachedText[slot] = value;
                cachedBytes[slot] = bytes;
            }
        }
    }

    /** An empty cell that keeps a style (a number typed in it takes the style's format). */
    void blank(int col, int style) throws IOException {
        start(col, style);
        xml.put(BLANK_END);
    }

    /** A number cell: whole numbers without fraction, others as {@link Double#toString}. */
    void number(int col, double value, int style) throws IOException {
        start(col, style);
        xml.put(VALUE);
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            xml.number((long) value);
        } else {
            xml.ascii(Double.toString(value));
        }
        xml.put(VALUE_END);
    }

    /** Bytes written so far, buffered or not. */
    long written() {
        return xml.written();
    }

    void flush() throws IOException {
        xml.flush();
    }

    /** Raw bytes (the sheet's XML around the rows). */
    void raw(byte[] bytes) throws IOException {
        xml.raw(bytes);
    }

    private void start(int col, int style) throws IOException {
        if (col == nextCol) {
            xml.put(CELL);
        } else {
            xml.put(CELL_REF);
            column(col);
            xml.number(row);
            xml.put((byte) '"');
        }
        nextCol = col + 1;
        if (style != 0) {
            xml.put(STYLE);
            xml.number(style);
            xml.put((byte) '"');
        }
    }

    private void column(int col) throws IOException {
        if (col >= 26) {
            column(col / 26 - 1);
        }
        xml.put((byte) ('A' + col % 26));
    }
}
