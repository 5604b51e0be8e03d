package org.recits.tabular.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A UTF-8 file with a few lines in Windows-1252 (a row pasted from an old tool): read as a whole in
 * Windows-1252, every accent of its UTF-8 lines became mojibake ({@code dÃ¨s}). Such a file is read line by
 * line instead, each line as UTF-8 when it is valid UTF-8 and as Windows-1252 otherwise, and the table says
 * which lines were. A line ends after an LF or a CR: neither byte is ever part of a UTF-8 sequence, so a cut
 * there never splits a character, and the i-th piece is the file's line i as the CSV reader counts lines.
 */
final class MixedUtf8 {

    private MixedUtf8() {
    }

    /**
     * The lines (1-based) of a file that is not valid UTF-8 that are not valid UTF-8, when its valid lines with
     * non-ASCII characters are at least as many (a UTF-8 file with stray lines); null otherwise (a Windows-1252 file).
     */
    static List<Long> invalidLines(Path file) throws IOException {
        List<Long> invalid = new ArrayList<>();
        long utf8 = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            ByteArray line = new ByteArray();
            long number = 0;
            while (line.readLine(in)) {
                number++;
                if (!line.ascii()) {
                    if (isUtf8(line.bytes, 0, line.length)) {
                        utf8++;
                    } else {
                        invalid.add(number);
                    }
                }
            }
        }
        return utf8 > 0 && utf8 >= invalid.size() ? List.copyOf(invalid) : null;
    }

    /** Bytes of such a file as text, each line in UTF-8 when it is valid UTF-8, else in Windows-1252. */
    static String decode(byte[] b, int from, int to) {
        StringBuilder s = new StringBuilder(to - from);
        int start = from;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c == '\n' || c == '\r' && (i + 1 == to || b[i + 1] != '\n')) {
                s.append(line(b, start, i + 1));
                start = i + 1;
            }
        }
        if (start < to) {
            s.append(line(b, start, to));
        }
        return s.toString();
    }

    private static String line(byte[] b, int from, int to) {
        return new String(b, from, to - from, isUtf8(b, from, to) ? StandardCharsets.UTF_8 : Encodings.WINDOWS_1252);
    }

    private static boolean isUtf8(byte[] b, int from, int to) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            d.decode(ByteBuffer.wrap(b, from, to - from));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** A reader of such a file: whole lines decoded by {@link #decode}, some 64 KiB at a time. */
    static Reader reader(InputStream in) {
        return new Reader() {
            private final byte[] buf = new byte[1 << 16];
            private int held; // bytes of buf not decoded yet
            private boolean eof;
            private String text = "";
            private int at;

            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
                while (at == text.length()) {
                    if (eof && held == 0) {
                        return -1;
                    }
                    fill();
                }
                int n = Math.min(len, text.length() - at);
                text.getChars(at, at + n, cbuf, off);
                at += n;
                return n;
            }

            private void fill() throws IOException {
                if (!eof) {
                    int n = in.readNBytes(buf, held, buf.length - held);
                    held += n;
                    eof = held < buf.length;
                }
                int cut = held;
                if (!eof) {
                    // up to the last line end: a line longer than the buffer is decoded in pieces as one line would be
                    cut = lastLineEnd(buf, held);
                    cut = cut < 0 ? held : cut;
                    while (cut == held && cut > 0 && (buf[cut - 1] & 0xC0) == 0x80 || cut < held && cut > 0
                            && (buf[cut] & 0xC0) == 0x80) {
                        cut--; // not inside a character
                    }
                }
                text = decode(buf, 0, cut);
                at = 0;
                System.arraycopy(buf, cut, buf, 0, held - cut);
                held -= cut;
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        };
    }

    private static int lastLineEnd(byte[] b, int length) {
        for (int i = length - 1; i >= 0; i--) {
            if (b[i] == '\n' || b[i] == '\r') {
                return i + 1;
            }
        }
        return -1;
    }

    /** One line's bytes, its line end included. */
    private static final class ByteArray {
        byte[] bytes = new byte[256];
        int length;
        private int pending = -1; // a byte read after a CR that was not an LF

        boolean readLine(InputStream in) throws IOException {
            length = 0;
            int c = pending >= 0 ? pending : in.read();
            pending = -1;
            while (c >= 0) {
                add(c);
                if (c == '\n') {
                    return true;
                }
                if (c == '\r') {
                    int next = in.read();
                    if (next == '\n') {
                        add(next);
                    } else {
                        pending = next;
                    }
                    return true;
                }
                c = in.read();
            }
            return length > 0;
        }

        private void add(int c) {
            if (length == bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, length * 2);
            }
            bytes[length++] = (byte) c;
        }

        boolean ascii() {
            for (int i = 0; i < length; i++) {
                if (bytes[i] < 0) {
                    return false;
                }
            }
            return true;
        }
    }
}
