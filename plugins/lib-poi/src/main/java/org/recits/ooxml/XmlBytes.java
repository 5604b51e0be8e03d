package org.recits.ooxml;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * XML written straight to UTF-8 bytes in a buffer, with one escaper for text and attribute values.
 *
 * <p>For the parts written beside POI (a million-row sheet, a long document's body): through POI's object
 * models every cell or run was an object and every string went through a character encoder. The escaper
 * writes what POI itself writes for the same text ({@link Dialect}), so that a part reads back the same:
 * {@code & < > "} as entities; characters XML 1.0 does not allow (controls other than tab, line feed and
 * carriage return; a surrogate without its pair; U+FFFE, U+FFFF) as {@code ?}; a valid surrogate pair as
 * its code point. A {@code ]]>} in a text is therefore written {@code ]]&gt;}.
 */
public final class XmlBytes {

    /** How white space and the no-break space are written: as the POI writer the part stands beside does. */
    public enum Dialect {
        /** As SXSSF writes cell texts: tab, line feed, carriage return and U+00A0 as hexadecimal references. */
        SXSSF("&#x9;", "&#xa;", "&#xd;", true),
        /** As XmlBeans saves texts and attributes: a line feed as it is, tab and carriage return as decimal references. */
        XMLBEANS("&#9;", null, "&#13;", false);

        /** What each ASCII character is written as; null for the character itself. */
        private final byte[][] ascii = new byte[128][];
        private final boolean nbspAsReference;

        Dialect(String tab, String lineFeed, String carriageReturn, boolean nbspAsReference) {
            for (int c = 0; c < ' '; c++) {
                ascii[c] = new byte[] {'?'};
            }
            ascii['\t'] = bytes(tab);
            ascii['\n'] = lineFeed == null ? null : bytes(lineFeed);
            ascii['\r'] = bytes(carriageReturn);
            ascii['&'] = bytes("&amp;");
            ascii['<'] = bytes("&lt;");
            ascii['>'] = bytes("&gt;");
            ascii['"'] = bytes("&quot;");
            this.nbspAsReference = nbspAsReference;
        }
    }

    private static final byte[] NBSP = bytes("&#xa0;");

    private final OutputStream out;
    private final Dialect dialect;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    /** Bytes handed to {@code out} so far. */
    private long flushed;

    public XmlBytes(OutputStream out, Dialect dialect) {
        this.out = out;
        this.dialect = dialect;
    }

    /** The bytes of an ASCII constant. */
    public static byte[] bytes(String ascii) {
        return ascii.getBytes(StandardCharsets.US_ASCII);
    }

    /** Bytes written so far, buffered or not. */
    public long written() {
        return flushed + pos;
    }

    /**
     * The bytes written since {@code mark} (a {@link #written()} value), when they are all still in the
     * buffer; null when some have been flushed. Lets a writer keep the bytes of a text it writes often.
     */
    public byte[] since(long mark) {
        return mark < flushed ? null : Arrays.copyOfRange(buf, (int) (mark - flushed), pos);
    }

    public void flush() throws IOException {
        out.write(buf, 0, pos);
        flushed += pos;
        pos = 0;
    }

    /** Bytes passed through as they are, without buffering. */
    public void raw(byte[] bytes) throws IOException {
        flush();
        out.write(bytes);
        flushed += bytes.length;
    }

    public void put(byte b) throws IOException {
        if (pos == buf.length) {
            flush();
        }
        buf[pos++] = b;
    }

    public void put(byte[] bytes) throws IOException {
        if (pos + bytes.length > buf.length) {
            flush();
            if (bytes.length > buf.length) {
                raw(bytes);
                return;
            }
        }
        System.arraycopy(bytes, 0, buf, pos, bytes.length);
        pos += bytes.length;
    }

    /** Markup or a value known to be ASCII and to need no escaping (element names, numbers, ids). */
    public void ascii(String s) throws IOException {
        for (int i = 0, n = s.length(); i < n; i++) {
            put((byte) s.charAt(i));
        }
    }

    /** A whole number in decimal. */
    public void number(long v) throws IOException {
        if (pos + 20 > buf.length) {
            flush();
        }
        if (v < 0) {
            buf[pos++] = '-';
            v = -v;
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

    /** A text or attribute value, escaped. */
    public void escaped(String s) throws IOException {
        escaped(s, 0, s.length());
    }

    /** Characters {@code from} to {@code to} (excluded) of {@code s}, escaped. */
    public void escaped(String s, int from, int to) throws IOException {
        byte[][] ascii = dialect.ascii;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                byte[] escape = ascii[c];
                if (escape == null) {
                    put((byte) c);
                } else {
                    put(escape);
                }
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                put((byte) (0xF0 | cp >> 18));
                put((byte) (0x80 | cp >> 12 & 0x3F));
                put((byte) (0x80 | cp >> 6 & 0x3F));
                put((byte) (0x80 | cp & 0x3F));
            } else if (c < 0x800) {
                if (c == '\u00A0' && dialect.nbspAsReference) {
                    put(NBSP);
                } else {
                    put((byte) (0xC0 | c >> 6));
                    put((byte) (0x80 | c & 0x3F));
                }
            } else if (Character.isSurrogate(c) || c >= '\uFFFE') {
                put((byte) '?');
            } else {
                put((byte) (0xE0 | c >> 12));
                put((byte) (0x80 | c >> 6 & 0x3F));
                put((byte) (0x80 | c & 0x3F));
            }
        }
    }

    /**
     * Whether a text needs {@code xml:space="preserve"}: white space at either end, which readers drop
     * otherwise (characters {@code from} to {@code to}, not empty).
     */
    public static boolean preserve(String s, int from, int to) {
        return Character.isWhitespace(s.charAt(from)) || Character.isWhitespace(s.charAt(to - 1));
    }

    /**
     * {@code s} with the characters XML 1.0 does not allow as {@code ?}, as {@link #escaped} writes them:
     * for the texts POI writes itself (a document's title in its properties), which it would write as they
     * are, making a file no reader opens.
     */
    public static String legal(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            boolean bad = !pair && illegal(c);
            if (bad && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                b.append(bad ? '?' : c);
                if (pair) {
                    b.append(s.charAt(i + 1));
                }
            }
            if (pair) {
                i++;
            }
        }
        return b == null ? s : b.toString();
    }

    /** Not an XML 1.0 character on its own (a surrogate is one only with its pair). */
    private static boolean illegal(char c) {
        return c < ' ' && c != '\t' && c != '\n' && c != '\r' || Character.isSurrogate(c) || c >= '\uFFFE';
    }
}
