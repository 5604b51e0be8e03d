package org.recits.api.data.internal;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.util.Arrays;

/**
 * Texts kept as bytes in shared pages instead of one String each, found by an int position. A consolidated
 * programme has millions of respondents, each with an id of its own: a KoBo uuid held as a String and its
 * array is 80 bytes of heap, here 17 (2 M of them at x2000: about 120 MB less). A lower-case uuid takes its 16 bytes, another
 * text whose chars all fit in a byte (Latin-1, nearly every id) one byte a char, any other two.
 *
 * <p>Append-only: an entry never moves nor changes, so a {@link #view()} taken at one moment keeps reading
 * its entries while texts are added after it.
 */
final class TextPool {

    static final int NONE = -1;
    private static final int PAGE_BITS = 20;
    private static final int PAGE = 1 << PAGE_BITS;
    private static final int MAX_PAGES = 1 << (31 - PAGE_BITS);
    /** What an entry's header says of its bytes (the header's low two bits; the length in the others). */
    private static final int LATIN_1 = 0;
    private static final int CHARS = 1;
    private static final int UUID = 2;

    private byte[][] pages = new byte[4][];
    private int page = -1;
    private int used = PAGE;

    /** The position of {@code text} once added, {@link #NONE} for null. */
    int add(String text) {
        if (text == null) {
            return NONE;
        }
        int n = text.length();
        if (isUuid(text)) {
            return addUuid(text);
        }
        boolean latin1 = true;
        for (int i = 0; i < n && latin1; i++) {
            latin1 = text.charAt(i) <= 0xFF;
        }
        // one byte a char, else two: the chars as they are (an encoding would replace a lone surrogate)
        int length = latin1 ? n : 2 * n;
        int header = length << 2 | (latin1 ? LATIN_1 : CHARS);
        int start = reserve(header, length);
        byte[] p = pages[page];
        int at = used;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (latin1) {
                p[at + i] = (byte) c;
            } else {
                p[at + 2 * i] = (byte) (c >>> 8);
                p[at + 2 * i + 1] = (byte) c;
            }
        }
        used = at + length;
        return start;
    }

    /** Whether a text is a uuid as tools write it, lower case: kept in its 16 bytes. */
    private static boolean isUuid(String text) {
        if (text.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = text.charAt(i);
            boolean ok = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-' : c >= '0' && c <= '9' || c >= 'a' && c <= 'f';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private int addUuid(String text) {
        int start = reserve(16 << 2 | UUID, 16);
        byte[] p = pages[page];
        int at = used;
        int digit = 0;
        for (int i = 0; i < 36; i++) {
            char c = text.charAt(i);
            if (c != '-') {
                int v = c <= '9' ? c - '0' : c - 'a' + 10;
                p[at + digit / 2] |= (byte) ((digit & 1) == 0 ? v << 4 : v);
                digit++;
            }
        }
        used = at + 16;
        return start;
    }

    /**
     * Makes room for an entry of {@code length} bytes after its header and writes the header: returns the
     * entry's position, {@link #used} being where its bytes go.
     */
    private int reserve(int header, int length) {
        int need = headerSize(header) + length;
        if (used + need > PAGE) {
            // a text longer than a page gets a page of its own
            newPage(Math.max(PAGE, need));
        }
        byte[] p = pages[page];
        int start = used;
        int at = start;
        while ((header & ~0x7F) != 0) {
            p[at++] = (byte) (header & 0x7F | 0x80);
            header >>>= 7;
        }
        p[at++] = (byte) header;
        used = at;
        return page << PAGE_BITS | start;
    }

    private static int headerSize(int header) {
        int size = 1;
        while ((header & ~0x7F) != 0) {
            header >>>= 7;
            size++;
        }
        return size;
    }

    private void newPage(int size) {
        if (page + 1 == MAX_PAGES) {
            // positions are ints: refuse rather than give another text than the one added
            throw new IllegalStateException("more than " + MAX_PAGES + " MiB of texts in one pool");
        }
        page++;
        if (page == pages.length) {
            pages = Arrays.copyOf(pages, pages.length * 2);
        }
        pages[page] = new byte[size];
        used = 0;
    }

    /** The pages written so far, to read entries added until now from any thread once published. */
    byte[][] view() {
        return Arrays.copyOf(pages, page + 1);
    }

    /** The text at {@code position} in {@code pages} (a {@link #view()}), null for {@link #NONE}. */
    static String get(byte[][] pages, int position) {
        if (position == NONE) {
            return null;
        }
        byte[] p = pages[position >>> PAGE_BITS];
        int at = position & (PAGE - 1);
        int header = 0;
        int shift = 0;
        byte b;
        do {
            b = p[at++];
            header |= (b & 0x7F) << shift;
            shift += 7;
        } while (b < 0);
        int length = header >>> 2;
        int kind = header & 3;
        if (kind == LATIN_1) {
            return new String(p, at, length, ISO_8859_1);
        }
        if (kind == UUID) {
            byte[] text = new byte[36];
            int digit = 0;
            for (int i = 0; i < 36; i++) {
                if (i == 8 || i == 13 || i == 18 || i == 23) {
                    text[i] = '-';
                } else {
                    int v = (digit & 1) == 0 ? (p[at + digit / 2] >>> 4) & 0xF : p[at + digit / 2] & 0xF;
                    text[i] = (byte) (v < 10 ? '0' + v : 'a' + v - 10);
                    digit++;
                }
            }
            return new String(text, ISO_8859_1);
        }
        char[] chars = new char[length / 2];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) ((p[at + 2 * i] & 0xFF) << 8 | p[at + 2 * i + 1] & 0xFF);
        }
        return new String(chars);
    }
}
